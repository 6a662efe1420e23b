// With CSP on, PrimeFaces refuses an Ajax post without the page's nonce, but Mojarra's f:ajax sends only
// the fields it executes. Every f:ajax request also sends the nonce that the page's forms carry.
(function () {
    if (!window.faces || !faces.ajax || faces.ajax.cspNonceAdded) {
        return;
    }
    var request = faces.ajax.request;
    faces.ajax.request = function (source, event, options) {
        var field = document.querySelector('input[name="primefaces.nonce"]');
        var settings = options || {};
        if (field) {
            settings.params = settings.params || {};
            settings.params['primefaces.nonce'] = field.value;
        }
        return request.call(this, source, event, settings);
    };
    faces.ajax.cspNonceAdded = true;
})();
