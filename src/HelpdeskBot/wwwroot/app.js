// The website chat: the official Web Chat control talking to this server's own Direct Line.
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const webSocket = params.get('webSocket') !== 'false';
  const locale = params.get('locale') || navigator.language || 'en-US';
  const indonesian = /^(id|in)(-|$)/i.test(locale);
  const domain = window.location.origin + '/v3/directline';
  const storageKey = 'helpdesk.session';

  const text = indonesian
    ? { title: 'Layanan Bantuan', notice: 'Kami tidak akan pernah meminta kata sandi, PIN, kode OTP, atau nomor kartu Anda. Jangan ketik di sini.', step: (s, n) => `Pertanyaan ${s} dari ${n}`, failed: 'Obrolan tidak dapat dimulai. Muat ulang halaman untuk mencoba lagi.', agent: name => `${name} (petugas)` }
    : { title: 'Support', notice: "We will never ask for your password, PIN, one-time code or card number. Please don't type them here.", step: (s, n) => `Question ${s} of ${n}`, failed: 'The chat could not start. Reload the page to try again.', agent: name => `${name} (support team)` };
  document.documentElement.lang = indonesian ? 'id' : 'en';
  document.getElementById('title').textContent = text.title;
  document.getElementById('notice').textContent = text.notice;

  // The bot answers in the language the user writes, whatever the browser says: the progress label follows its replies.
  const steps = { id: (s, n) => `Pertanyaan ${s} dari ${n}`, en: (s, n) => `Question ${s} of ${n}` };

  function showProgress(helpdesk, replyLocale) {
    const box = document.getElementById('progress');
    if (!helpdesk || !helpdesk.field) return;
    if (!helpdesk.steps || !helpdesk.step) { box.hidden = true; return; }
    box.hidden = false;
    document.getElementById('progress-fill').style.width = Math.round(100 * helpdesk.step / helpdesk.steps) + '%';
    const bar = document.getElementById('progress-bar');
    bar.setAttribute('aria-valuemax', String(helpdesk.steps));
    bar.setAttribute('aria-valuenow', String(helpdesk.step));
    const step = replyLocale ? (/^(id|in)(-|$)/i.test(replyLocale) ? steps.id : steps.en) : text.step;
    document.getElementById('progress-label').textContent = step(helpdesk.step, helpdesk.steps);
  }

  async function post(path, token) {
    const response = await fetch(domain + path, { method: 'POST', headers: token ? { Authorization: 'Bearer ' + token } : {} });
    if (!response.ok) throw new Error(path + ' answered ' + response.status);
    return response.json();
  }

  // One conversation per browser tab: a reload continues it (the token is refreshed), a new tab starts anew.
  async function session() {
    const saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
    if (saved) {
      try {
        const refreshed = await post('/tokens/refresh', saved.token);
        return { conversationId: saved.conversationId, token: refreshed.token };
      } catch (e) { /* expired: start a new conversation */ }
    }
    const started = await post('/conversations');
    return { conversationId: started.conversationId, token: started.token };
  }

  function userOf(token) {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload + '='.repeat((4 - payload.length % 4) % 4))).user;
  }

  async function main() {
    const current = await session();
    sessionStorage.setItem(storageKey, JSON.stringify(current));
    const directLine = window.WebChat.createDirectLine({
      domain, token: current.token, conversationId: current.conversationId, webSocket
    });
    const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale } } });
      } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
        const activity = action.payload.activity;
        if (activity.from && activity.from.role === 'bot') showProgress(activity.channelData && activity.channelData.helpdesk, activity.locale);
        // A person from the team speaks as themselves, not as the bot (the tenth trial could not tell them apart): their
        // name opens each of their messages here; the conversation itself is unchanged.
        if (activity.type === 'message' && activity.from && /^agent:/.test(activity.from.id || '') && typeof activity.text === 'string') {
          const label = text.agent(activity.from.name || activity.from.id.slice('agent:'.length)) + ': ';
          action = { ...action, payload: { ...action.payload, activity: { ...activity, text: label + activity.text } } };
        }
      }
      return next(action);
    });
    window.WebChat.renderWebChat({
      directLine, store, locale, userID: userOf(current.token),
      // emojiSet off: Web Chat turns ":0" in "08:02 PM" into an emoji as it is typed, and that is what would be sent and kept.
      styleOptions: { hideUploadButton: false, suggestedActionLayout: 'flow', bubbleMaxWidth: 560, emojiSet: false }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  }

  main().catch(function (error) {
    console.error(error);
    const box = document.getElementById('error');
    box.textContent = text.failed;
    box.hidden = false;
  });
})();
