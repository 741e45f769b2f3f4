// Sends the antiforgery token with every htmx request, so partial updates pass the same check as forms.
document.addEventListener("htmx:configRequest", function (e) {
    var token = document.querySelector("input[name='__RequestVerificationToken']");
    if (token) { e.detail.headers["X-CSRF-TOKEN"] = token.value; }
});
