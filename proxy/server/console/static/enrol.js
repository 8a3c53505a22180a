// The enrolment link is /console/enrol#<one-time token>. A fragment is never sent to a
// server, in the request or in a Referer, so the token reaches no log; this moves it into
// the form (which POSTs it) and drops it from the address bar and the history at once.
"use strict";
(() => {
  const secret = decodeURIComponent(location.hash.slice(1));
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  const field = document.getElementById("token");
  if (!secret || !field) return;
  field.value = secret;
  document.getElementById("token-field").hidden = true;
  document.getElementById("from-link").hidden = false;
  document.getElementById("password").focus();
})();
