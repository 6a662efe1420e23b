package org.abhilekh;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every JAX-RS resource method of the application, found in the compiled classes: the HTTP method and the path as the
 * API serves it ({@code /api/documents/{id}}), for the checks that each one is documented in {@code /openapi}.
 */
final class ResourceMethods {

    /** One resource method: {@code httpMethod} in lower case, as OpenAPI names operations. */
    record Endpoint(String httpMethod, String path, JavaMethod method) {
        @Override
        public String toString() {
            return httpMethod.toUpperCase(Locale.ROOT) + " " + path + " (" + method.getFullName() + ")";
        }
    }

    private ResourceMethods() {
    }

    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.abhilekh")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String classPath = resource.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : resource.getMethods()) {
                httpMethodOf(method).ifPresent(verb -> endpoints.add(new Endpoint(verb, pathOf(classPath, method), method)));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static Optional<String> httpMethodOf(JavaMethod method) {
        for (Annotation annotation : method.reflect().getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The served path: under {@code /api}, single slashes, a template's pattern dropped ({@code {id: \d+}} is {@code {id}}). */
    private static String pathOf(String classPath, JavaMethod method) {
        String methodPath = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
        String path = ("/api/" + classPath + "/" + methodPath).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}")
                .replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
