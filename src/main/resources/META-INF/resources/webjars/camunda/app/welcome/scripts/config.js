/*
 * Derived from the Camunda 7.24 webapps' scripts/config.js (Copyright Camunda Services GmbH,
 * Apache License 2.0). This file of the application takes the place of the webjar's: the webapps in
 * Simplified Chinese by default (locales/zh.json beside it), English still available, the product's
 * name in the header.
 */

export default {
  app: {
    name: '欢迎',
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
  }
};
