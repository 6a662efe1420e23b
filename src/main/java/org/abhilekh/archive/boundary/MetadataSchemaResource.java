package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.MetadataSchema.Field;
import org.abhilekh.archive.entity.MetadataSchema;
import org.abhilekh.platform.boundary.LanguagePreference;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/metadata-schema}: the description fields of every document type, as the upload and
 * edit pages draw their forms. Each field and choice carries its label key and, for convenience, its
 * label in the caller's interface language (the {@code abhilekh-lang} cookie, else the browser's).
 * Public: it says what may be described, nothing about any document.
 */
@Path("metadata-schema")
@RequestScoped
public class MetadataSchemaResource {

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What may be said about each document type",
            description = "Fields, labels in the reader's language, kinds, choices and limits: what the forms are built from.")
    @APIResponse(responseCode = "200", description = "The schema")
    public JsonObject schema() {
        return schema(ResourceBundle.getBundle("messages", locale()));
    }

    static JsonObject schema(ResourceBundle messages) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        for (DocumentType type : DocumentType.values()) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            MetadataSchema.fieldsOf(type).forEach(field -> fields.add(field(field, messages)));
            types.add(Json.createObjectBuilder().add("code", type.code()).add("labelKey", "type." + type.code())
                    .add("label", label(messages, "type." + type.code())).add("fields", fields));
        }
        return Json.createObjectBuilder().add("types", types).add("maxValues", MetadataSchema.MAX_VALUES).build();
    }

    private static JsonObjectBuilder field(Field field, ResourceBundle messages) {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        field.choices().forEach(choice -> choices.add(Json.createObjectBuilder().add("code", choice)
                .add("label", label(messages, field.choiceLabelKey(choice)))));
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", field.name()).add("labelKey", field.labelKey())
                .add("label", label(messages, field.labelKey())).add("kind", field.kind().code())
                .add("required", field.required()).add("maxChars", field.maxChars()).add("choices", choices);
        if (field.multiline() > 0) {
            json.add("rows", field.multiline());
        }
        if (field.kind() == MetadataSchema.Kind.NUMBER) {
            json.add("min", field.min()).add("max", field.max());
        }
        return json;
    }

    private static String label(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private Locale locale() {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (LanguagePreference.COOKIE.equals(cookie.getName())) {
                    return "hi".equals(cookie.getValue()) ? Locale.forLanguageTag("hi") : Locale.ENGLISH;
                }
            }
        }
        return "hi".equals(request.getLocale().getLanguage()) ? Locale.forLanguageTag("hi") : Locale.ENGLISH;
    }
}
