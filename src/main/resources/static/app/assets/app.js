// What the application's pages share: building elements, the message box, and requests to /app/api
// with the session's CSRF token (401 leads back to the sign-in page; a refusal carries the server's
// Chinese message and, for spreadsheets, its errors row by row).
(function () {
  'use strict';
  const csrfHeader = document.querySelector('meta[name=csrf-header]').content;
  const csrfToken = document.querySelector('meta[name=csrf-token]').content;
  const $ = (sel) => document.querySelector(sel);
  const text = (value) => (value === null || value === undefined ? '' : String(value));

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') node.className = v; else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, v === true ? '' : v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(text(c))));
    return node;
  }

  // a refusal with errors (a sheet's rows) lists them once, under a line saying nothing was saved;
  // a single problem that is the message itself is shown as the message
  function message(kind, textValue, list) {
    const box = $('#message');
    if (list && list.length && !(list.length === 1 && list[0] === textValue)) {
      box.replaceChildren(el('p', { class: kind }, '有 ' + list.length + ' 处需要修改，未保存任何内容：'),
        el('ul', { class: kind }, list.map((e) => el('li', {}, e))));
    } else {
      box.replaceChildren(el('p', { class: kind }, textValue));
    }
  }

  async function send(url, options) {
    const headers = Object.assign({ [csrfHeader]: csrfToken }, options.headers || {});
    const response = await fetch(url, Object.assign({}, options, { headers, credentials: 'same-origin' }));
    const body = await response.json().catch(() => ({}));
    if (response.status === 401) { window.location = '/app/login'; }
    if (!response.ok) {
      const error = new Error(body.detail || body.message || ('请求失败（' + response.status + '）'));
      error.errors = body.errors;
      throw error;
    }
    return body;
  }

  // the file chosen in a spreadsheet form, posted to url: the server's answer, or null with the reason shown
  async function uploadFile(url, form) {
    const file = form.querySelector('input[type=file]').files[0];
    if (!file) { message('error', '请选择要上传的 Excel 文件'); return null; }
    const data = new FormData();
    data.append('file', file);
    try {
      return await send(url, { method: 'POST', body: data });
    } catch (e) {
      message('error', e.message, e.errors);
      return null;
    }
  }

  window.AppPage = { $, text, el, message, send, uploadFile };
}());
