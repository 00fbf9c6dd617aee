'use strict';
// Logs in and returns to the page that asked for it (only a path of this server, never another site).
document.getElementById('login-form').addEventListener('submit', async e => {
  e.preventDefault();
  const error = document.getElementById('login-error');
  error.textContent = '';
  try {
    const session = await postJson('/api/login', {
      name: document.getElementById('login-name').value,
      password: document.getElementById('login-password').value});
    csrf = {header: session.csrfHeader, token: session.csrfToken};
    const next = new URLSearchParams(location.search).get('next') || '/';
    location.href = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  } catch (err) {
    error.textContent = err.message;
  }
});
