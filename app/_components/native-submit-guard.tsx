/**
 * Stops the browser from submitting a form by itself. The app's forms are handled by React (they have no
 * `action`); before the page's scripts have run (a slow connection, or a page opened from the offline
 * cache) the browser would otherwise send such a form as a GET to the current address, putting what was
 * typed (symptoms included) in the URL and dropping the entry. This runs while the HTML is parsed, before
 * any form can be used, and lets through only forms that name where they go (search filters, server
 * actions), which work without scripts by design.
 */
const guard = `document.addEventListener("submit",function(e){var f=e.target;if(f instanceof HTMLFormElement&&!f.hasAttribute("action"))e.preventDefault()},true)`;

export function NativeSubmitGuard() {
  return <script dangerouslySetInnerHTML={{ __html: guard }} />;
}
