package org.abhilekh.blog.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.abhilekh.blog.entity.Category;
import org.abhilekh.blog.entity.CommentInput;
import org.abhilekh.blog.entity.CommentThread;
import org.abhilekh.blog.entity.PostSummary;
import org.abhilekh.blog.entity.PostView;
import org.abhilekh.blog.entity.PublicComment;
import org.abhilekh.platform.boundary.ProblemExceptionMapper;
import org.abhilekh.platform.boundary.Refusals;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ClientAddresses;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.PayloadTooLargeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The blog's JSON: public posts and approved comments (never an email address: the JSON is built
 * field by field from records that have none), and commenting. A comment posted here passes the same
 * validation, rate limit and moderation as the form; the form-only timing check does not apply.
 */
@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    /** A comment body larger than this is refused before it is parsed. */
    static final int MAX_COMMENT_BYTES = 16 * 1024;
    static final int MAX_PAGE_SIZE = 50;

    @Inject
    Blog blog;

    @Inject
    Comments comments;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Published posts, newest first", description = "Filter by category or tag; page from 1, size 1 to 50.")
    @APIResponse(responseCode = "200", description = "One page of posts")
    @APIResponse(responseCode = "400", description = "A malformed page, size or category",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public JsonObject list(@QueryParam("page") @DefaultValue("1") String page, @QueryParam("size") @DefaultValue("10") String size,
                           @QueryParam("category") String category, @QueryParam("tag") String tag) {
        int pageNumber = number(page, "page", 1, 100_000);
        int pageSize = number(size, "size", 1, MAX_PAGE_SIZE);
        if (category != null && Category.ofCode(category).isEmpty()) {
            throw new BadInputException("There is no category '" + category + "'.");
        }
        Blog.PostPage posts = blog.posts(category, tag == null || tag.isBlank() ? null : tag, pageNumber, pageSize);
        JsonArrayBuilder items = Json.createArrayBuilder();
        posts.posts().forEach(post -> items.add(summary(post)));
        return Json.createObjectBuilder().add("total", posts.total()).add("page", posts.page()).add("size", posts.size())
                .add("posts", items).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published post with its approved comments")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "301", description = "The post moved to a new slug")
    @APIResponse(responseCode = "400", description = "A malformed commentPage",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "404", description = "No published post at this slug",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response post(@PathParam("slug") String slug, @QueryParam("commentPage") @DefaultValue("1") String commentPage) {
        int page = number(commentPage, "commentPage", 1, 100_000);
        Optional<PostView> view = blog.view(slug, page);
        if (view.isEmpty()) {
            Optional<String> moved = blog.currentSlugFor(slug);
            if (moved.isPresent()) {
                return Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(uriInfo.getBaseUriBuilder().path("posts").path(moved.get()).build()).build();
            }
            throw new NotFoundException("There is no post at this address.");
        }
        PostView post = view.get();
        JsonArrayBuilder threads = Json.createArrayBuilder();
        for (CommentThread thread : post.threads()) {
            JsonArrayBuilder replies = Json.createArrayBuilder();
            thread.replies().forEach(reply -> replies.add(comment(reply)));
            threads.add(comment(thread.comment()).add("replies", replies));
        }
        JsonObjectBuilder body = summary(post.post()).add("html", post.html())
                .add("commentCount", post.approvedCount())
                .add("commentPage", post.commentPage()).add("commentPages", post.commentPages())
                .add("comments", threads);
        optional(body, "previous", post.previous() == null ? null : post.previous().url());
        optional(body, "next", post.next() == null ? null : post.next().url());
        return Response.ok(body.build()).build();
    }

    @POST
    @Path("{slug}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a post",
            description = "Every comment sent through the API waits for moderation; the answer is the same for every address.")
    @APIResponse(responseCode = "202", description = "Received, awaiting moderation")
    @APIResponse(responseCode = "400", description = "A malformed comment; the problem names the field",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "404", description = "No published post at this slug",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    @APIResponse(responseCode = "413", ref = Refusals.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = Refusals.NOT_JSON)
    @APIResponse(responseCode = "429", description = "Too many comments from this address; Retry-After says when to try again",
            content = @Content(mediaType = ProblemExceptionMapper.PROBLEM_JSON_TYPE))
    public Response comment(@PathParam("slug") String slug, InputStream entity) {
        JsonObject sent = readLimited(entity);
        CommentInput input = new CommentInput(text(sent, "name"), text(sent, "email"), text(sent, "website"),
                text(sent, "text"), parentId(sent), null, null);
        comments.comment(slug, input, clientAddresses.resolve(request.getRemoteAddr(), request.getHeaders(ClientAddresses.FORWARDED_FOR)), false, null);
        // Comments through the API carry no returning commenter's proof (CommenterCookie): each one waits for a person.
        return Response.status(Response.Status.ACCEPTED)
                .entity(Json.createObjectBuilder().add("status", "awaiting moderation")
                        .add("message", "Thank you. Your comment is awaiting moderation.").build()).build();
    }

    private static JsonObject readLimited(InputStream entity) {
        byte[] bytes;
        try {
            bytes = entity.readNBytes(MAX_COMMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
        if (bytes.length > MAX_COMMENT_BYTES) {
            throw new PayloadTooLargeException("A comment may be at most " + MAX_COMMENT_BYTES / 1024 + " KiB of JSON.");
        }
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadInputException("The request body must be a JSON object with name, email, text and optionally website and parentId.");
        }
    }

    private static String text(JsonObject sent, String field) {
        JsonValue value = sent.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new BadInputException("'" + field + "' must be a string.");
    }

    private static Long parentId(JsonObject sent) {
        JsonValue value = sent.get("parentId");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new BadInputException("'parentId' must be a whole number.");
    }

    static JsonObjectBuilder summary(PostSummary post) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        post.categories().forEach(categories::add);
        JsonArrayBuilder tags = Json.createArrayBuilder();
        post.tags().forEach(tags::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("slug", post.slug()).add("title", post.title())
                .add("url", post.url()).add("language", post.language()).add("author", post.author())
                .add("categories", categories).add("tags", tags)
                .add("publishedAt", post.publishedAt().toString()).add("updatedAt", post.updatedAt().toString())
                .add("readingMinutes", post.readingMinutes());
        optional(json, "excerpt", post.excerpt());
        optional(json, "coverImageUrl", post.coverImageUrl());
        optional(json, "coverImageAlt", post.coverImageAlt());
        return json;
    }

    static JsonObjectBuilder comment(PublicComment comment) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", comment.id()).add("name", comment.name())
                .add("text", comment.text()).add("createdAt", comment.createdAt().toString());
        optional(json, "website", comment.website());
        if (comment.parentId() != null) {
            json.add("parentId", comment.parentId());
        }
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static int number(String value, String name, int min, int max) {
        String problem = "'" + name + "' must be a whole number from " + min + " to " + max + ".";
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadInputException(problem, e);
        }
        if (parsed < min || parsed > max) {
            throw new BadInputException(problem);
        }
        return parsed;
    }
}
