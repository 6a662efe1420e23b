// Staff upload and edit pages. Both draw the description form from GET /api/metadata-schema, so the
// fields, kinds, choices and required marks are the server's own. Values are only ever put into the
// page as text (textContent, value), never as markup.
(function () {
    'use strict';

    document.addEventListener('DOMContentLoaded', function () {
        var root = document.getElementById('doc-form');
        if (!root || !window.fetch || !window.FormData) {
            return;
        }
        var context = root.getAttribute('data-context') || '';
        var texts = JSON.parse(root.getAttribute('data-texts'));
        var outlets = fetch(context + '/api/outlets', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : [];
            })
            .then(function (list) {
                return list.map(function (outlet) {
                    return outlet.name;
                });
            })
            .catch(function () {
                return [];
            });
        fetch(context + '/api/metadata-schema', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            })
            .then(function (schema) {
                return outlets.then(function (names) {
                    return {schema: schema, outlets: names};
                });
            })
            .then(function (loaded) {
                var form = describeForm(root.querySelector('.metadata-fields'), loaded.schema, texts,
                    JSON.parse(root.getAttribute('data-metadata') || '{}'), root.getAttribute('data-mode') === 'upload', loaded.outlets);
                if (root.getAttribute('data-mode') === 'upload') {
                    uploads(root, context, texts, form);
                } else {
                    editing(root, context, texts, form);
                }
                root.classList.add('ready');
            })
            .catch(function () {
                say(root.querySelector('.form-status'), texts.schemaFailed, 'problem');
            });
    });

    function format(text) {
        var values = Array.prototype.slice.call(arguments, 1);
        return text.replace(/\{(\d+)\}/g, function (all, i) {
            return values[Number(i)] === undefined ? all : String(values[Number(i)]);
        });
    }

    function element(name, attributes, text) {
        var node = document.createElement(name);
        Object.keys(attributes || {}).forEach(function (key) {
            node.setAttribute(key, attributes[key]);
        });
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    function say(target, text, kind) {
        target.textContent = '';
        target.className = 'form-status' + (kind ? ' ' + kind : '');
        if (text) {
            target.appendChild(element('p', {}, text));
        }
    }

    // The description form: a type choice, then the fields of that type. Returns what the pages need.
    function describeForm(container, schema, texts, initial, sharedTitle, outletNames) {
        var values = {};
        Object.keys(initial).forEach(function (key) {
            values[key] = initial[key];
        });
        var types = schema.types;
        var current = values.type || types[0].code;

        function typeOf(code) {
            return types.filter(function (t) {
                return t.code === code;
            })[0] || types[0];
        }

        function remember() {
            container.querySelectorAll('[data-field]').forEach(function (input) {
                var name = input.getAttribute('data-field');
                if (input.type === 'checkbox') {
                    var ticked = container.querySelectorAll('[data-field="' + name + '"]:checked');
                    values[name] = Array.prototype.map.call(ticked, function (box) {
                        return box.value;
                    });
                } else if (input.getAttribute('data-kind') === 'list') {
                    values[name] = input.value.split('\n').map(function (v) {
                        return v.trim();
                    }).filter(Boolean);
                } else {
                    values[name] = input.value;
                }
            });
        }

        function draw() {
            container.textContent = '';
            typeOf(current).fields.forEach(function (field) {
                container.appendChild(fieldFor(field));
            });
        }

        function fieldFor(field) {
            var id = 'meta-' + field.name;
            var wrapper = element('div', {'class': 'field field-' + field.kind, 'id': id + '-field'});
            var labelText = field.label + (field.required ? ' ' + texts.required : '');
            if (field.name === 'title' && sharedTitle) {
                labelText = texts.sharedTitle;
            }
            var value = values[field.name];
            var input;
            if (field.kind === 'list' && field.choices.length > 0) {
                var set = element('fieldset', {'class': 'choices', 'id': id});
                set.appendChild(element('legend', {}, labelText));
                var chosen = Array.isArray(value) ? value : (value ? [value] : []);
                field.choices.forEach(function (choice, i) {
                    var boxId = id + '-' + i;
                    var label = element('label', {'for': boxId, 'class': 'choice'});
                    var box = element('input', {type: 'checkbox', id: boxId, value: choice.code, 'data-field': field.name});
                    box.checked = chosen.indexOf(choice.code) >= 0;
                    label.appendChild(box);
                    label.appendChild(document.createTextNode(' ' + choice.label));
                    set.appendChild(label);
                });
                wrapper.appendChild(set);
                wrapper.appendChild(element('span', {'class': 'field-error', id: id + '-error', 'aria-live': 'polite'}));
                return wrapper;
            }
            wrapper.appendChild(element('label', {'for': id}, labelText));
            if (field.kind === 'choice' || field.name === 'type') {
                input = element('select', {id: id});
                if (field.name !== 'type' && field.name !== 'visibility') {
                    input.appendChild(element('option', {value: ''}, field.name === 'language' ? texts.detect : texts.choose));
                }
                field.choices.forEach(function (choice) {
                    input.appendChild(element('option', {value: choice.code}, choice.label));
                });
                input.value = field.name === 'type' ? current : (value || (field.name === 'visibility' ? 'staff' : ''));
            } else if (field.kind === 'list') {
                var lines = Array.isArray(value) ? value : (value ? [value] : []);
                input = element('textarea', {id: id, rows: String(Math.max(3, Math.min(8, lines.length + 1))), 'data-kind': 'list',
                    'aria-describedby': id + '-hint'});
                input.value = lines.join('\n');
            } else if (field.rows) {
                input = element('textarea', {id: id, rows: String(field.rows), maxlength: String(field.maxChars)});
                input.value = value || '';
            } else {
                var type = {date: 'date', url: 'url', number: 'number'}[field.kind] || 'text';
                input = element('input', {id: id, type: type});
                if (field.kind === 'text' || field.kind === 'url') {
                    input.setAttribute('maxlength', String(field.maxChars));
                }
                if (field.kind === 'number') {
                    input.setAttribute('min', String(field.min));
                    input.setAttribute('max', String(field.max));
                    input.setAttribute('inputmode', 'numeric');
                }
                input.value = Array.isArray(value) ? (value[0] || '') : (value || '');
            }
            input.setAttribute('data-field', field.name);
            if (field.name === 'outlet' && outletNames.length > 0) {
                // The managed list's names as suggestions: picking one avoids a new, unreviewed outlet.
                var options = element('datalist', {id: 'outlet-names'});
                outletNames.forEach(function (name) {
                    options.appendChild(element('option', {value: name}));
                });
                wrapper.appendChild(options);
                input.setAttribute('list', 'outlet-names');
                input.setAttribute('autocomplete', 'off');
            }
            if (field.required) {
                input.setAttribute('required', 'required');
                input.setAttribute('aria-required', 'true');
            }
            input.setAttribute('aria-describedby', (input.getAttribute('aria-describedby') || '') + ' ' + id + '-error');
            wrapper.appendChild(input);
            if (field.kind === 'list') {
                wrapper.appendChild(element('span', {'class': 'hint', id: id + '-hint'}, texts.onePerLine));
            }
            wrapper.appendChild(element('span', {'class': 'field-error', id: id + '-error', 'aria-live': 'polite'}));
            if (field.name === 'type') {
                input.addEventListener('change', function () {
                    remember();
                    current = input.value;
                    values.type = current;
                    draw();
                    container.querySelector('#meta-type').focus();
                });
            }
            return wrapper;
        }

        draw();

        return {
            // The description as the API takes it: only the fields of the chosen type, empty ones left out.
            description: function () {
                remember();
                var result = {};
                typeOf(current).fields.forEach(function (field) {
                    var value = field.name === 'type' ? current : values[field.name];
                    if (Array.isArray(value)) {
                        if (value.length > 0) {
                            result[field.name] = value;
                        }
                    } else if (value !== undefined && value !== null && String(value).trim() !== '') {
                        result[field.name] = field.kind === 'number' ? Number(value) : String(value).trim();
                    }
                });
                return result;
            },
            // Marks the field a problem names ("Field 'outlet' ..."), so a person sees where to look.
            showProblem: function (detail) {
                container.querySelectorAll('.field-error').forEach(function (span) {
                    span.textContent = '';
                });
                container.querySelectorAll('[aria-invalid]').forEach(function (input) {
                    input.removeAttribute('aria-invalid');
                });
                var named = /[Ff]ield(?:\(s\))? \[?'?([A-Za-z]+)/.exec(detail || '');
                var name = named ? named[1] : null;
                var missing = /needs the field\(s\) \[([A-Za-z]+)/.exec(detail || '');
                if (missing) {
                    name = missing[1];
                }
                var input = name && container.querySelector('[data-field="' + name + '"]');
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                    container.querySelector('#meta-' + name + '-error').textContent = detail;
                    input.focus();
                }
            }
        };
    }

    function problemOf(xhrOrBody) {
        try {
            var body = typeof xhrOrBody === 'string' ? JSON.parse(xhrOrBody) : xhrOrBody;
            return body.detail || body.title || '';
        } catch (e) {
            return '';
        }
    }

    // The upload page: a queue of files, sent one after another, each followed until it is read.
    function uploads(root, context, texts, form) {
        var input = root.querySelector('#files');
        var drop = root.querySelector('.drop-zone');
        var list = root.querySelector('.file-list');
        var start = root.querySelector('#start-upload');
        var summary = root.querySelector('.upload-summary');
        var status = root.querySelector('.form-status');
        var queue = [];
        var running = false;

        function add(files) {
            Array.prototype.forEach.call(files, function (file) {
                queue.push(entry(file));
            });
            say(status, '');
            update();
        }

        function entry(file) {
            var index = list.children.length;
            var item = element('li', {'class': 'file-item'});
            var head = element('div', {'class': 'file-head'});
            head.appendChild(element('span', {'class': 'file-name'}, file.name));
            head.appendChild(element('span', {'class': 'file-size'}, size(file.size)));
            var remove = element('button', {type: 'button', 'class': 'link-button'}, texts.remove);
            head.appendChild(remove);
            item.appendChild(head);
            var titleId = 'title-' + index;
            var titleField = element('div', {'class': 'field'});
            titleField.appendChild(element('label', {'for': titleId}, format(texts.titleFor, file.name)));
            var title = element('input', {id: titleId, type: 'text', maxlength: '1000'});
            titleField.appendChild(title);
            item.appendChild(titleField);
            var bar = element('progress', {max: '100', value: '0', 'aria-label': format(texts.progressOf, file.name)});
            item.appendChild(bar);
            var state = element('p', {'class': 'file-state', 'aria-live': 'polite'}, texts.waiting);
            item.appendChild(state);
            list.appendChild(item);
            var job = {file: file, item: item, title: title, bar: bar, state: state, outcome: null};
            remove.addEventListener('click', function () {
                if (job.outcome === null && !job.started) {
                    queue.splice(queue.indexOf(job), 1);
                    item.remove();
                    update();
                }
            });
            job.remove = remove;
            return job;
        }

        function size(bytes) {
            if (bytes < 1024) {
                return bytes + ' B';
            }
            if (bytes < 1048576) {
                return (bytes / 1024).toFixed(0) + ' KB';
            }
            return (bytes / 1048576).toFixed(1) + ' MB';
        }

        function update() {
            var finished = queue.filter(function (job) {
                return job.outcome !== null;
            }).length;
            summary.textContent = queue.length === 0 ? texts.noneChosen : format(texts.summary, finished, queue.length);
            start.disabled = running;
        }

        function show(job, text, kind, link) {
            job.state.textContent = text;
            job.state.className = 'file-state ' + (kind || '');
            if (link) {
                job.state.appendChild(document.createTextNode(' '));
                job.state.appendChild(element('a', {href: context + link.href}, link.text));
            }
        }

        function finish(job, outcome) {
            job.outcome = outcome;
            job.remove.hidden = true;
            update();
            next();
        }

        function next() {
            var job = queue.filter(function (j) {
                return !j.started;
            })[0];
            if (!job) {
                running = false;
                update();
                return;
            }
            running = true;
            send(job);
        }

        function send(job) {
            job.started = true;
            job.title.disabled = true;
            var description = form.description();
            if (job.title.value.trim() !== '') {
                description.title = job.title.value.trim();
            }
            var data = new FormData();
            data.append('file', job.file, job.file.name);
            data.append('metadata', JSON.stringify(description));
            var xhr = new XMLHttpRequest();
            xhr.open('POST', context + '/api/documents');
            xhr.setRequestHeader('Accept', 'application/json');
            xhr.upload.addEventListener('progress', function (event) {
                if (event.lengthComputable) {
                    var percent = Math.round(event.loaded * 100 / event.total);
                    job.bar.value = percent;
                    show(job, format(texts.uploading, percent));
                }
            });
            xhr.addEventListener('load', function () {
                var body = null;
                try {
                    body = JSON.parse(xhr.responseText);
                } catch (e) {
                    body = null;
                }
                if (xhr.status === 200 && body && body.duplicate) {
                    job.bar.value = 100;
                    show(job, texts.duplicate, 'done', {href: body.document.url, text: body.document.title});
                    finish(job, 'duplicate');
                } else if (xhr.status === 202 && body) {
                    job.bar.value = 100;
                    job.document = body.document;
                    show(job, texts.reading);
                    follow(job, body.job && body.job.id !== undefined ? body.job.id : body.document.id, 0);
                } else {
                    var detail = problemOf(xhr.responseText);
                    var message = {
                        413: texts.tooLarge,
                        415: texts.unsupported,
                        503: texts.busy,
                        429: texts.busy,
                        401: texts.loggedOut,
                        403: texts.forbidden
                    }[xhr.status] || texts.refused;
                    show(job, message + (detail ? ' ' + detail : ''), 'failed');
                    if (xhr.status === 400) {
                        form.showProblem(detail);
                    }
                    finish(job, 'failed');
                }
            });
            xhr.addEventListener('error', function () {
                show(job, texts.connection, 'failed');
                finish(job, 'failed');
            });
            show(job, format(texts.uploading, 0));
            xhr.send(data);
        }

        // Follows the ingest job until the text is read or reading failed; slower the longer it takes.
        function follow(job, id, attempt) {
            var delay = Math.min(5000, 500 + attempt * 250);
            window.setTimeout(function () {
                fetch(context + '/api/jobs/' + encodeURIComponent(id), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                    .then(function (response) {
                        return response.json().then(function (body) {
                            return {ok: response.ok, body: body};
                        });
                    })
                    .then(function (answer) {
                        var state = String(answer.body.status || '').toUpperCase();
                        var link = {href: job.document.url, text: job.document.title};
                        if (!answer.ok) {
                            show(job, texts.refused + ' ' + problemOf(answer.body), 'failed');
                            finish(job, 'failed');
                        } else if (state === 'DONE') {
                            show(job, texts.done, 'done', link);
                            finish(job, 'done');
                        } else if (state === 'FAILED') {
                            show(job, format(texts.failed, answer.body.reason || ''), 'failed', link);
                            finish(job, 'failed');
                        } else if (attempt > 240) {
                            show(job, texts.stillReading, '', link);
                            finish(job, 'waiting');
                        } else {
                            follow(job, id, attempt + 1);
                        }
                    })
                    .catch(function () {
                        if (attempt > 240) {
                            show(job, texts.connection, 'failed');
                            finish(job, 'failed');
                        } else {
                            follow(job, id, attempt + 1);
                        }
                    });
            }, delay);
        }

        input.addEventListener('change', function () {
            add(input.files);
            input.value = '';
        });
        ['dragenter', 'dragover'].forEach(function (name) {
            drop.addEventListener(name, function (event) {
                event.preventDefault();
                drop.classList.add('over');
            });
        });
        ['dragleave', 'drop'].forEach(function (name) {
            drop.addEventListener(name, function (event) {
                event.preventDefault();
                drop.classList.remove('over');
            });
        });
        drop.addEventListener('drop', function (event) {
            if (event.dataTransfer && event.dataTransfer.files) {
                add(event.dataTransfer.files);
            }
        });
        root.querySelector('form').addEventListener('submit', function (event) {
            event.preventDefault();
            var waiting = queue.filter(function (job) {
                return !job.started;
            });
            if (waiting.length === 0) {
                say(status, texts.noFiles, 'problem');
                return;
            }
            if (!event.target.reportValidity()) {
                return;
            }
            say(status, '');
            if (!running) {
                next();
            }
        });
        update();
    }

    // The edit page: one PUT with the revision the form was drawn from.
    function editing(root, context, texts, form) {
        var status = root.querySelector('.form-status');
        var id = root.getAttribute('data-id');
        var button = root.querySelector('#save-document');
        root.querySelector('form').addEventListener('submit', function (event) {
            event.preventDefault();
            if (!event.target.reportValidity()) {
                return;
            }
            var revision = root.getAttribute('data-revision');
            button.disabled = true;
            say(status, texts.saving);
            fetch(context + '/api/documents/' + encodeURIComponent(id), {
                method: 'PUT',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'If-Match': '"' + revision + '"'},
                body: JSON.stringify(form.description())
            }).then(function (response) {
                return response.text().then(function (text) {
                    return {status: response.status, text: text};
                });
            }).then(function (answer) {
                button.disabled = false;
                if (answer.status === 200) {
                    var saved = JSON.parse(answer.text);
                    root.setAttribute('data-revision', String(saved.revision));
                    form.showProblem('');
                    say(status, texts.saved, 'info');
                    var link = element('a', {href: context + saved.url}, saved.title);
                    status.firstChild.appendChild(document.createTextNode(' '));
                    status.firstChild.appendChild(link);
                } else if (answer.status === 409) {
                    say(status, problemOf(answer.text) || texts.conflict, 'problem');
                } else {
                    var detail = problemOf(answer.text);
                    say(status, texts.refused + ' ' + detail, 'problem');
                    form.showProblem(detail);
                }
            }).catch(function () {
                button.disabled = false;
                say(status, texts.connection, 'problem');
            });
        });
    }
}());
