package org.abhilekh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.JaxRsConfiguration;
import org.abhilekh.platform.boundary.Refusals;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * Every API method says in {@code /openapi} what it does and what it answers: an {@code @Operation} with a summary, its
 * success, and each refusal it can give as an {@code application/problem+json} response. The refusals a method must
 * list follow from its code: a path parameter names something that may not exist (404), a body may be malformed
 * (400), a file upload may be too large (413), a check of the caller's role refuses strangers (401) and, for a role,
 * other accounts (403).
 */
class OpenApiDocumentationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<ResourceMethods.Endpoint> ENDPOINTS = ResourceMethods.all();
    private static final Map<String, APIResponse> SHARED_REFUSALS = Arrays.stream(JaxRsConfiguration.class
            .getAnnotation(OpenAPIDefinition.class).components().responses()).collect(Collectors.toMap(APIResponse::name, response -> response));

    @Test
    void everySharedRefusalANameRefersToIsDescribedOnce() {
        assertEquals(Set.of(Refusals.NOT_LOGGED_IN, Refusals.NOT_STAFF, Refusals.NOT_EDITOR, Refusals.NOT_ADMINISTRATOR, Refusals.TOO_LARGE,
                Refusals.NOT_JSON), SHARED_REFUSALS.keySet());
        List<String> unknown = ENDPOINTS.stream().flatMap(endpoint -> Arrays.stream(endpoint.method().reflect().getAnnotationsByType(APIResponse.class))
                .filter(response -> !response.ref().isEmpty() && !SHARED_REFUSALS.containsKey(response.ref()))
                .map(response -> endpoint + ": " + response.ref())).toList();
        assertTrue(unknown.isEmpty(), "names no shared refusal: " + unknown);
    }

    @Test
    void theScanFindsTheApi() {
        assertTrue(ENDPOINTS.size() >= 45, "resource methods found: " + ENDPOINTS);
    }

    @Test
    void everyResourceMethodHasAnOperationWithASummary() {
        List<String> missing = new ArrayList<>();
        for (ResourceMethods.Endpoint endpoint : ENDPOINTS) {
            Operation operation = endpoint.method().reflect().getAnnotation(Operation.class);
            if (operation == null || operation.summary().isBlank()) {
                missing.add(endpoint.toString());
            }
        }
        assertTrue(missing.isEmpty(), "without @Operation(summary): " + missing);
    }

    @Test
    void everyResourceMethodDocumentsItsSuccessAndEveryRefusalAsAProblemDocument() {
        List<String> wrong = new ArrayList<>();
        for (ResourceMethods.Endpoint endpoint : ENDPOINTS) {
            Method method = endpoint.method().reflect();
            Set<String> documented = new TreeSet<>();
            for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
                documented.add(response.responseCode());
                if (response.responseCode().startsWith("4") && !isProblem(response)) {
                    wrong.add(endpoint + ": " + response.responseCode() + " is not described as " + PROBLEM);
                }
            }
            if (documented.stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
                wrong.add(endpoint + ": no success response");
            }
            Set<String> required = requiredRefusals(endpoint.method());
            required.removeAll(documented);
            if (!required.isEmpty()) {
                wrong.add(endpoint + ": refusals not documented " + required);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Whether a response is described as a problem document, itself or in the shared refusal it names. */
    private static boolean isProblem(APIResponse response) {
        APIResponse described = response.ref().isEmpty() ? response : SHARED_REFUSALS.get(response.ref());
        return described != null && Arrays.stream(described.content()).anyMatch(each -> PROBLEM.equals(each.mediaType()));
    }

    /** The refusals a method's own code shows it can give. */
    static Set<String> requiredRefusals(JavaMethod method) {
        Set<String> required = new TreeSet<>();
        Method reflected = method.reflect();
        for (Parameter parameter : reflected.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                required.add("404");
            }
            if (isBody(parameter)) {
                required.add("400");
            }
        }
        Consumes consumes = reflected.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = reflected.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes != null && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA)) {
            required.add("400");
            required.add("413");
        }
        Set<String> checks = callerChecks(method);
        if (checks.stream().anyMatch(check -> check.startsWith("require"))) {
            required.add("401");
        }
        if (checks.contains("requireStaff") || checks.contains("requireEditor") || checks.contains("requireAdmin")) {
            required.add("403");
        }
        return required;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == PathParam.class || type == QueryParam.class || type == HeaderParam.class || type == CookieParam.class
                    || type == MatrixParam.class || type == Context.class || type == jakarta.ws.rs.BeanParam.class) {
                return false;
            }
            if (type == FormParam.class) {
                return true;
            }
        }
        return true;
    }

    /** The {@link Caller} checks a method makes, itself or through the methods of its own class it calls. */
    private static Set<String> callerChecks(JavaMethod start) {
        Set<String> checks = new HashSet<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> toVisit = new ArrayDeque<>(List.of(start));
        while (!toVisit.isEmpty()) {
            JavaCodeUnit unit = toVisit.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(Caller.class)) {
                    checks.add(call.getName());
                } else if (call.getTargetOwner().equals(start.getOwner())) {
                    call.getTarget().resolveMember().ifPresent(toVisit::push);
                }
            }
        }
        return checks;
    }
}
