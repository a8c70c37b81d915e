// The console's only script: live updates over server-sent events, the waiting times, canned
// replies and the SMS part counter. Everything it inserts was rendered (and escaped) by the
// server; it never builds HTML from resident text itself.
'use strict';

(function () {
  function listen(element, handlers) {
    const source = new EventSource(element.dataset.live);
    Object.entries(handlers).forEach(([name, handle]) => {
      source.addEventListener(name, (event) => handle(event.data));
    });
  }

  function waited(millis) {
    const minutes = Math.floor(Math.max(0, millis) / 60000);
    if (minutes < 1) return 'just now';
    if (minutes < 60) return minutes + ' min';
    if (minutes < 1440) return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
    const days = Math.floor(minutes / 1440);
    return days === 1 ? '1 day' : days + ' days';
  }

  function refreshWaits() {
    document.querySelectorAll('td.wait[data-since]').forEach((cell) => {
      cell.textContent = waited(Date.now() - Number(cell.dataset.since));
    });
  }

  // GSM-7 parts as a handset counts them; anything outside GSM-7 is sent as plain
  // substitutes by the server, so this is an estimate on the safe side.
  function smsParts(text) {
    const length = Array.from(text).reduce((sum, ch) => sum + ('^{}\\[~]|€'.includes(ch) ? 2 : 1), 0);
    if (length === 0) return 0;
    return length <= 160 ? 1 : Math.ceil(length / 153);
  }

  const queue = document.getElementById('queue');
  if (queue) {
    const rows = document.getElementById('queue-rows');
    listen(queue, { queue: (html) => { rows.innerHTML = html; refreshWaits(); } });
    setInterval(refreshWaits, 15000);
  }

  const transcript = document.getElementById('transcript');
  if (transcript) {
    listen(transcript, {
      transcript: (html) => {
        transcript.innerHTML = html;
        const last = transcript.lastElementChild;
        if (last) last.scrollIntoView({ block: 'nearest' });
      },
      reload: () => window.location.reload(),
    });
  }

  const reply = document.getElementById('reply-text');
  const parts = document.getElementById('reply-parts');
  if (reply && parts) {
    const count = () => {
      const n = smsParts(reply.value);
      parts.textContent = n > 0 ? 'About ' + n + ' text message' + (n === 1 ? '' : 's') + ' on SMS.' : '';
    };
    reply.addEventListener('input', count);
    document.querySelectorAll('button.canned').forEach((button) => {
      button.addEventListener('click', () => {
        reply.value = button.dataset.text;
        reply.focus();
        count();
      });
    });
  }
})();
