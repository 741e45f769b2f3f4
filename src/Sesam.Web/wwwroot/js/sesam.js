// Sends the antiforgery token with every htmx request, so partial updates pass the same check as forms.
document.addEventListener("htmx:configRequest", function (e) {
    var token = document.querySelector("input[name='__RequestVerificationToken']");
    if (token) { e.detail.headers["X-CSRF-TOKEN"] = token.value; }
});

// "Klicka på raden" (the manuals): in a table marked data-radlank="/prefix/", a click anywhere on a row follows the
// row's link that starts with the prefix (the order a device came on, a hit's artikelinfo or individkort). Links,
// buttons and expanders in the row keep their own meaning, and keyboard users have the link itself.
document.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
    var tabell = e.target.closest("table[data-radlank]");
    var rad = e.target.closest("tr");
    if (!tabell || !rad || rad.parentElement.tagName !== "TBODY" || e.target.closest("a, button, input, select, summary, details")) { return; }
    var lank = rad.querySelector("a[href^='" + tabell.getAttribute("data-radlank") + "']");
    if (lank) { window.location.assign(lank.href); }
});

// Hämtorder: choosing a hämtorderorsak selects the hämtadress it calls for (data-valj) unless the address already
// chosen is one the orsak allows (data-tillat); without script the server applies the same default.
document.addEventListener("change", function (e) {
    var valj = e.target.getAttribute && e.target.getAttribute("data-valj");
    if (!e.target.checked || !valj) { return; }
    var vald = document.querySelector("input[name='Adresskalla']:checked");
    var adress = document.getElementById(valj);
    if (adress && !adress.disabled && (!vald || e.target.getAttribute("data-tillat").split(" ").indexOf(vald.id) < 0)) {
        adress.checked = true;
        adress.dispatchEvent(new Event("change", { bubbles: true }));
    }
});

// "Bockar du i rutan i rubrikraden blir samtliga rutor bockade" (VGR): a header checkbox ticks every row of its table.
document.addEventListener("change", function (e) {
    if (!e.target.hasAttribute || !e.target.hasAttribute("data-valj-alla")) { return; }
    e.target.closest("table").querySelectorAll("tbody input[type=checkbox]").forEach(function (ruta) { ruta.checked = e.target.checked; });
});

// A form marked data-bekrafta asks before it is sent (removing all messages cannot be undone).
document.addEventListener("submit", function (e) {
    var fraga = e.target.getAttribute && e.target.getAttribute("data-bekrafta");
    if (fraga && !window.confirm(fraga)) { e.preventDefault(); }
});
