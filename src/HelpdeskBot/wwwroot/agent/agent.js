// The agent console. Everything a user wrote is put on the page with textContent, never as HTML.
(function () {
  'use strict';

  const $ = id => document.getElementById(id);
  const tokenKey = 'helpdesk.agent';
  let token = sessionStorage.getItem(tokenKey);
  let current = { escalation: null, ticket: null, fields: null };
  let hub = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  async function api(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: Object.assign({ Authorization: 'Bearer ' + token }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined
    });
    if (response.status === 401) { signOut(); throw new Error('Your session has ended; sign in again.'); }
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.status === 204 || response.headers.get('content-length') === '0' ? null : response.json().catch(() => null);
  }

  // Only our own attachment URLs become links; anything else in a transcript stays text.
  function safeFileUrl(url) {
    try {
      const u = new URL(url, location.origin);
      return u.origin === location.origin && u.pathname.startsWith('/v3/directline/attachments/') ? u.href : null;
    } catch (e) { return null; }
  }

  function fileItem(name, url) {
    const li = el('li');
    const href = url && safeFileUrl(url);
    if (href) { const a = el('a', name || 'file'); a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer'; li.appendChild(a); }
    else li.textContent = name || 'file';
    return li;
  }

  function fields(dl, pairs) {
    dl.replaceChildren();
    for (const [label, value] of pairs) {
      if (value === undefined || value === null || value === '') continue;
      dl.append(el('dt', label), el('dd', value));
    }
  }

  // --- sign in / out ---
  $('signin').addEventListener('submit', async event => {
    event.preventDefault();
    $('signin-error').textContent = '';
    const response = await fetch('/api/agent/token', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: $('name').value, password: $('password').value })
    });
    if (!response.ok) {
      let detail = 'Sign-in failed.';
      try { detail = (await response.json()).detail || detail; } catch (e) { /* ignore */ }
      $('signin-error').textContent = detail;
      return;
    }
    token = (await response.json()).token;
    sessionStorage.setItem(tokenKey, token);
    $('password').value = '';
    start();
  });

  $('signout').addEventListener('click', signOut);

  function signOut() {
    token = null;
    sessionStorage.removeItem(tokenKey);
    if (hub) hub.stop();
    $('console').hidden = true;
    $('signout').hidden = true;
    $('who').textContent = '';
    $('signin').hidden = false;
  }

  function agentName() {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(payload + '='.repeat((4 - payload.length % 4) % 4))).name;
    } catch (e) { return ''; }
  }

  // --- escalations ---
  async function loadEscalations() {
    const state = $('escalation-state').value;
    let list = await api('GET', '/api/agent/escalations' + (state ? '?state=' + encodeURIComponent(state) : ''));
    if (!state) list = list.filter(e => e.state === 'requested' || e.state === 'accepted');
    const ul = $('escalations');
    ul.replaceChildren();
    for (const e of list) {
      const li = el('li');
      // What it is about, not only who and when (the tenth trial's agent saw an opaque id and a time): the ticket and the problem.
      li.append(el('span', e.state, 'badge ' + e.state), el('span', (e.user.name || e.user.id) + ' — ' + new Date(e.requestedAt).toLocaleTimeString()
        + (e.ticketNumber ? ' — ' + e.ticketNumber : '') + ' — ' + snippet(about(e))));
      li.dataset.id = e.id;
      if (current.escalation === e.id) li.className = 'selected';
      li.addEventListener('click', () => openEscalation(e.id));
      ul.appendChild(li);
    }
    if (list.length === 0) ul.appendChild(el('li', 'Nobody is waiting.'));
  }

  // The answers' field names as an agent reads them.
  const answerLabels = {
    userId: 'User ID', service: 'Service', occurredAt: 'When', description: 'Problem', expected: 'Expected', errorMessage: 'Error',
    steps: 'Did just before', history: 'First seen / what changed', attempts: 'Tried', evidence: 'Screenshots', email: 'Email',
    whileWaiting: 'Said while waiting',
  };

  function about(e) {
    const told = e.answers.find(a => a.field === 'description') || e.answers.find(a => a.field === 'whileWaiting');
    return told ? told.value : e.reason;
  }

  function snippet(text) {
    const t = String(text || '').replace(/\s+/g, ' ').trim();
    return t.length > 70 ? t.slice(0, 69) + '…' : t;
  }

  async function openEscalation(id) {
    current.escalation = id;
    $('ticket').hidden = true;
    $('escalation').hidden = false;
    $('escalation-error').textContent = '';
    const detail = await api('GET', '/api/agent/escalations/' + encodeURIComponent(id));
    const e = detail.escalation;
    $('escalation-title').textContent = (e.user.name || e.user.id) + ' (' + e.user.channelId + ') — ' + e.state + (e.agent ? ' by ' + e.agent : '');
    fields($('escalation-answers'), [['Reason', e.reason], ['Requested', new Date(e.requestedAt).toLocaleString()], ['Ticket', e.ticketNumber]]
      .concat(e.answers.map(a => [answerLabels[a.field] || a.field, a.value])));
    $('accept').hidden = e.state !== 'requested';
    $('resolve').hidden = !(e.state === 'requested' || e.state === 'accepted');
    $('reply').hidden = !(e.state === 'accepted' && e.agent === agentName());
    const ol = $('transcript');
    ol.replaceChildren();
    for (const line of detail.transcript) ol.appendChild(transcriptLine(line.from, line.name, line.text, line.files.map(f => ({ name: f.name, url: f.url }))));
    ol.scrollTop = ol.scrollHeight;
    loadEscalations();
  }

  function transcriptLine(from, name, text, files) {
    const li = el('li', null, from);
    li.appendChild(el('span', from === 'user' ? (name || 'User') : from === 'agent' ? (name || 'Agent') : 'Bot', 'who'));
    li.appendChild(el('span', text || ''));
    if (files && files.length) {
      const ul = el('ul');
      for (const f of files) ul.appendChild(fileItem(f.name, f.url));
      li.appendChild(ul);
    }
    return li;
  }

  $('escalation-state').addEventListener('change', loadEscalations);

  $('accept').addEventListener('click', async () => {
    try { await api('POST', '/api/agent/escalations/' + encodeURIComponent(current.escalation) + '/accept'); await openEscalation(current.escalation); }
    catch (e) { $('escalation-error').textContent = e.message; }
  });

  $('resolve').addEventListener('click', async () => {
    try { await api('POST', '/api/agent/escalations/' + encodeURIComponent(current.escalation) + '/resolve'); await openEscalation(current.escalation); }
    catch (e) { $('escalation-error').textContent = e.message; }
  });

  $('reply').addEventListener('submit', async event => {
    event.preventDefault();
    const text = $('reply-text').value.trim();
    if (!text) return;
    $('escalation-error').textContent = '';
    try {
      await api('POST', '/api/agent/escalations/' + encodeURIComponent(current.escalation) + '/messages', { text });
      $('reply-text').value = '';
    } catch (e) { $('escalation-error').textContent = e.message; }
  });

  // --- tickets ---
  async function loadTickets() {
    const q = new URLSearchParams();
    if ($('ticket-status').value) q.set('status', $('ticket-status').value);
    if ($('ticket-priority').value) q.set('priority', $('ticket-priority').value);
    if ($('ticket-category').value.trim()) q.set('category', $('ticket-category').value.trim());
    const list = await api('GET', '/api/agent/tickets?' + q.toString());
    const ul = $('tickets');
    ul.replaceChildren();
    for (const t of list) {
      const li = el('li');
      li.append(el('span', t.priority, 'badge ' + t.priority), el('span', t.number + ' — ' + t.status + ' — ' + t.category.id + ': ' + t.fields.description));
      li.addEventListener('click', () => openTicket(t.number));
      ul.appendChild(li);
    }
    if (list.length === 0) ul.appendChild(el('li', 'No tickets.'));
  }

  async function openTicket(number) {
    current.ticket = number;
    $('escalation').hidden = true;
    $('ticket').hidden = false;
    $('ticket-error').textContent = '';
    const t = await api('GET', '/api/agent/tickets/' + encodeURIComponent(number));
    $('ticket-title').textContent = t.number + ' — ' + t.status;
    const f = t.fields;
    fields($('ticket-fields'), [
      ['Owner', t.owner.channelId + ' / ' + t.owner.userId], ['User ID', f.userId], ['Service', f.service], ['When', f.occurredAtText],
      ['What went wrong', f.description], ['Expected', f.expected], ['Error message', f.errorMessage], ['Steps', f.steps],
      ['History', f.history], ['Tried', f.attempts], ['Email', f.email], ['Category', t.category.id + ' (' + t.category.source + ')'],
      ['Priority', t.priority], ['Assignee', t.assignee], ['Created', new Date(t.createdAt).toLocaleString()]
    ]);
    const files = $('ticket-files');
    files.replaceChildren();
    for (const a of t.attachments) files.appendChild(fileItem(a.name + ' (' + a.contentType + ')', a.contentUrl));
    $('edit-status').value = t.status;
    $('edit-priority').value = t.priority;
    $('edit-category').value = t.category.id;
    $('edit-assignee').value = t.assignee || '';
    $('edit-service').value = f.service;
    $('edit-userid').value = f.userId;
    current.fields = f;
    $('edit-comment').value = '';
    $('edit-note').value = '';
    const events = $('ticket-events');
    events.replaceChildren();
    for (const e of t.events) {
      const parts = [new Date(e.at).toLocaleString(), e.by, e.kind];
      if (e.from || e.to) parts.push((e.from || '—') + ' → ' + (e.to || '—'));
      if (e.text) parts.push((e.internal ? '[internal] ' : '') + e.text);
      events.appendChild(el('li', parts.join(' · ')));
    }
  }

  for (const id of ['ticket-status', 'ticket-priority']) $(id).addEventListener('change', loadTickets);
  $('ticket-category').addEventListener('change', loadTickets);

  $('ticket-edit').addEventListener('submit', async event => {
    event.preventDefault();
    $('ticket-error').textContent = '';
    const patch = {
      status: $('edit-status').value, priority: $('edit-priority').value, category: $('edit-category').value.trim(),
      assignee: $('edit-assignee').value.trim()
    };
    if ($('edit-comment').value.trim()) patch.comment = $('edit-comment').value.trim();
    if ($('edit-note').value.trim()) patch.internalNote = $('edit-note').value.trim();
    // Answers corrected here go as `fields`, only those that changed (each is kept in the history with both values).
    const corrected = {};
    if ($('edit-service').value.trim() !== current.fields.service) corrected.service = $('edit-service').value.trim();
    if ($('edit-userid').value.trim() !== current.fields.userId) corrected.userId = $('edit-userid').value.trim();
    if (Object.keys(corrected).length) patch.fields = corrected;
    try { await api('PATCH', '/api/agent/tickets/' + encodeURIComponent(current.ticket), patch); await openTicket(current.ticket); await loadTickets(); }
    catch (e) { $('ticket-error').textContent = e.message; }
  });

  // --- live updates ---
  async function connect() {
    hub = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/agent', { accessTokenFactory: () => token })
      .withAutomaticReconnect()
      .build();
    hub.on('escalationsChanged', () => { loadEscalations(); if (current.escalation && !$('escalation').hidden) openEscalation(current.escalation); });
    hub.on('message', m => {
      if (m.escalationId !== current.escalation || $('escalation').hidden) return;
      const ol = $('transcript');
      ol.appendChild(transcriptLine(m.from, m.name, m.text, (m.files || []).map(name => ({ name }))));
      ol.scrollTop = ol.scrollHeight;
    });
    try { await hub.start(); } catch (e) { console.warn('Live updates unavailable; the queue refreshes every 15 s.', e); }
  }

  function start() {
    $('signin').hidden = true;
    $('console').hidden = false;
    $('signout').hidden = false;
    $('who').textContent = agentName();
    loadEscalations().catch(e => $('escalation-error').textContent = e.message);
    loadTickets().catch(e => $('ticket-error').textContent = e.message);
    connect();
  }

  setInterval(() => { if (token) loadEscalations().catch(() => {}); }, 15000);
  if (token) start();
})();
