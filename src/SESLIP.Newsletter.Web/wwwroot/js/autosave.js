// Keeps what an editor types in a form marked data-autosave in this browser's localStorage, keyed by the form's
// address, so a closed tab, a lost connection or a mistaken click never loses it; asks before leaving a page
// with unsaved changes. Nothing is sent anywhere: the server sees only the form when it is submitted. Without
// script the forms work exactly as before (docs/adr/0033-draft-page-in-place.md).
(function () {
    'use strict';
    var prefix = 'seslip-autosave:';
    var maxAgeMs = 14 * 24 * 60 * 60 * 1000;
    var dirty = false;

    function read(key) {
        try {
            var entry = JSON.parse(window.localStorage.getItem(key) || 'null');
            return entry && typeof entry === 'object' && entry.fields ? entry : null;
        } catch (e) {
            return null;
        }
    }

    function write(key, entry) {
        try {
            window.localStorage.setItem(key, JSON.stringify(entry));
        } catch (e) {
            // Storage full or refused (private mode): the form still works, unsaved text is just not kept.
        }
    }

    function remove(key) {
        try {
            window.localStorage.removeItem(key);
        } catch (e) {
            // Nothing kept, nothing to remove.
        }
    }

    function fieldsOf(form) {
        return Array.prototype.filter.call(form.elements, function (el) {
            return el.name && el.name !== '__RequestVerificationToken' && el.name !== 'Version'
                && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'button' && el.type !== 'file';
        });
    }

    function valuesOf(form) {
        var values = {};
        fieldsOf(form).forEach(function (el) {
            if (el.type === 'radio' || el.type === 'checkbox') {
                if (el.checked) {
                    values[el.name] = el.value;
                } else if (!(el.name in values)) {
                    values[el.name] = '';
                }
            } else {
                values[el.name] = el.value;
            }
        });
        return values;
    }

    function apply(form, values) {
        fieldsOf(form).forEach(function (el) {
            if (!(el.name in values)) {
                return;
            }

            if (el.type === 'radio' || el.type === 'checkbox') {
                el.checked = values[el.name] === el.value;
            } else {
                el.value = values[el.name];
            }
        });
    }

    function differs(a, b) {
        return Object.keys(a).some(function (name) {
            return name in b && a[name] !== b[name];
        });
    }

    function clock(iso) {
        var at = new Date(iso);
        function two(n) {
            return (n < 10 ? '0' : '') + n;
        }

        return isNaN(at.getTime()) ? 'earlier' : two(at.getHours()) + ':' + two(at.getMinutes());
    }

    function notice(form, key, entry, original) {
        var box = document.createElement('div');
        box.className = 'editor-autosave';
        box.setAttribute('role', 'status');
        var text = document.createElement('p');
        text.className = 'body';
        text.appendChild(document.createTextNode('Restored unsaved text from ' + clock(entry.savedAt) + ' — '));
        var discard = document.createElement('button');
        discard.type = 'button';
        discard.className = 'editor-link-button';
        discard.textContent = 'Discard';
        discard.addEventListener('click', function () {
            apply(form, original);
            remove(key);
            dirty = false;
            box.remove();
            form.querySelector('input:not([type=hidden]), textarea, select').focus();
        });
        text.appendChild(discard);
        box.appendChild(text);
        form.parentNode.insertBefore(box, form);
    }

    function watch(form) {
        var key = prefix + form.action;
        var original = valuesOf(form);
        var stored = read(key);
        if (stored && differs(stored.fields, original)) {
            apply(form, stored.fields);
            var details = form.closest('details');
            if (details) {
                details.open = true;
            }

            notice(form, key, stored, original);
            dirty = true;
        } else if (stored) {
            // What was kept is what the page shows (saved, or sent back with its errors): nothing is unsaved.
            remove(key);
        }

        function save() {
            dirty = true;
            write(key, { savedAt: new Date().toISOString(), fields: valuesOf(form) });
        }

        form.addEventListener('input', save);
        form.addEventListener('change', save);
        form.addEventListener('submit', function () {
            dirty = false;
            var entry = read(key);
            if (entry) {
                // Kept until a page shows the form was saved: if the request never arrives, the text is still here.
                entry.submitted = true;
                write(key, entry);
            }
        });
    }

    function tidy() {
        var here = Array.prototype.map.call(document.querySelectorAll('form[data-autosave]'), function (f) {
            return prefix + f.action;
        });
        var now = Date.now();
        for (var i = window.localStorage.length - 1; i >= 0; i--) {
            var key = window.localStorage.key(i);
            if (!key || key.indexOf(prefix) !== 0 || here.indexOf(key) >= 0) {
                continue;
            }

            var entry = read(key);
            // A submitted form whose page has moved on was saved; very old text is forgotten.
            if (!entry || entry.submitted || now - new Date(entry.savedAt).getTime() > maxAgeMs) {
                remove(key);
            }
        }
    }

    try {
        tidy();
    } catch (e) {
        // localStorage unavailable: nothing to tidy.
    }

    Array.prototype.forEach.call(document.querySelectorAll('form[data-autosave]'), watch);

    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
}());
