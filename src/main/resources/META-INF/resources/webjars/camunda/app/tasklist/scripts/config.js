/*
 * Derived from the Camunda 7.24 webapps' scripts/config.js (Copyright Camunda Services GmbH,
 * Apache License 2.0). This file of the application takes the place of the webjar's: the webapps in
 * Simplified Chinese by default (locales/zh.json beside it), English still available, the product's
 * name in the header.
 */

export default {
  app: {
    name: '任务列表',
    vendor: '干部考核'
  },
  // 2026年11月29日 14:30 (the formats themselves are the locale's: locales/zh.json, dateLocales)
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '光标移到过滤器列表的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '光标移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '光标移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
