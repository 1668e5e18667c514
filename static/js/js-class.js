/* Loaded without defer in <head>, before the first paint: marks the page as scripted so site.css can
   collapse the phone menu without a layout shift (menu.js toggles it). A file rather than an inline
   script so the Content-Security-Policy can forbid inline scripts (portal.core.csp). */
document.documentElement.classList.add("js");
