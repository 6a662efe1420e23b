package org.abhilekh.blog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.abhilekh.blog.control.CommentRejectedException;
import org.abhilekh.blog.control.CommentRules;
import org.abhilekh.blog.control.FormToken;
import org.abhilekh.blog.control.PostRepository;
import org.abhilekh.blog.control.RateLimiter;
import org.abhilekh.blog.entity.Comment;
import org.abhilekh.blog.entity.CommentInput;
import org.abhilekh.blog.entity.CommentOutcome;
import org.abhilekh.blog.entity.CommentStatus;
import org.abhilekh.blog.entity.ModerationItem;
import org.abhilekh.blog.entity.Post;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.Tallies;
import org.abhilekh.platform.control.TooManyRequestsException;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Readers' comments and their moderation: a comment is checked (rules, pace, rate per client address, the
 * safeguarding checks) and stored, published at once or held; staff read the queue and editors decide.
 */
@ApplicationScoped
@Transactional
public class Comments {

    /** A bulk moderation action. */
    public enum Moderation {
        APPROVE, SPAM, DELETE
    }

    @Inject
    PostRepository repository;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Tallies tallies;

    @Inject
    Safeguarding safeguarding;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.max-links", defaultValue = "2")
    int maxLinks;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.blocked-words", defaultValue = "casino,viagra,crypto giveaway,loan offer")
    String blockedWords;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.rate-limit", defaultValue = "5")
    int rateLimit;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.rate-window-minutes", defaultValue = "10")
    int rateWindowMinutes;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.min-seconds", defaultValue = "3")
    int minSecondsToComment;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.reserved-names", defaultValue = "Jharkhand Child Rights Forum,JCRF")
    String reservedNames;

    @Inject
    @ConfigProperty(name = "abhilekh.blog.comment.reserved-domains", defaultValue = "jcrf.example.org")
    String reservedDomains;

    private CommentRules rules;
    private RateLimiter rateLimiter;
    private FormToken formToken;

    @PostConstruct
    void configure() {
        rules = new CommentRules(maxLinks, Arrays.asList(blockedWords.split(",")), Arrays.asList(reservedNames.split(",")),
                Arrays.asList(reservedDomains.split(",")));
        rateLimiter = new RateLimiter(rateLimit, Duration.ofMinutes(rateWindowMinutes));
        // A fresh key per start: a form served before a restart simply has to be sent again.
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        formToken = new FormToken(key);
    }

    /** A seed comment, checked as a reader's would be. */
    CommentInput validated(CommentInput input) {
        return rules.validate(input);
    }

    public String issueFormToken() {
        return formToken.issue(Instant.now());
    }

    /**
     * Stores a reader's comment under a public post. Form submissions must also pass the timing
     * check; every comment is validated, rate-limited per client address and moderated.
     */
    /** A reader's comment; {@code commenterKey} identifies the sending browser ({@link CommenterCookie}), null for the API. */
    public CommentOutcome comment(String slug, CommentInput sent, String clientAddress, boolean fromForm, String commenterKey) {
        Instant now = Instant.now();
        Post post = repository.bySlug(slug).filter(p -> p.isPublicAt(now))
                .orElseThrow(() -> new NotFoundException("There is no post at this address."));
        CommentInput input = rules.validate(sent);
        if (fromForm && !formToken.isHumanPaced(input.formToken(), now, Duration.ofSeconds(minSecondsToComment))) {
            throw new CommentRejectedException("form", "blog.comment.error.tooFast",
                    "The comment was sent too quickly after the page opened. Please check it and send it again.");
        }
        Long parentId = null;
        if (input.parentId() != null) {
            Comment parent = repository.comment(input.parentId())
                    .filter(c -> c.getPostId() == post.getId() && c.getStatus() == CommentStatus.APPROVED)
                    .orElseThrow(() -> new CommentRejectedException("parent", "blog.comment.error.parent",
                            "The comment you are replying to is not on this post."));
            // Replies are one level deep: a reply to a reply joins the same thread.
            parentId = parent.getParentId() == null ? parent.getId() : parent.getParentId();
        }
        OptionalLong wait = tallies.change(commentTallyKey(clientAddress), stored -> rateLimiter.tryAcquire(stored, now));
        if (wait.isPresent()) {
            throw new TooManyRequestsException("You have sent several comments in a short time. Please wait a few minutes.",
                    (int) wait.getAsLong());
        }
        CommentRules.Decision decision = rules.moderate(input, repository.hasApprovedComment(input.email(), commenterKey));
        List<Finding> findings = safeguarding.inText(input.text(), "comment");
        if (!findings.isEmpty() && decision.status() != CommentStatus.SPAM) {
            // Whoever sent it: a person reads a comment that may identify a child before anyone else can.
            decision = new CommentRules.Decision(CommentStatus.PENDING, "safeguarding: " + kinds(findings));
        }
        Comment comment = new Comment(post.getId(), parentId, input, commenterKey, decision.status(), decision.reason(), now);
        repository.persist(comment);
        repository.flush();
        boolean published = decision.status() == CommentStatus.APPROVED;
        return new CommentOutcome(published, published ? comment.toPublic() : null);
    }

    /** Comments are counted per client address, in the database, so every instance shares the count. */
    static String commentTallyKey(String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        return "blog.comment " + (address.length() > 100 ? address.substring(0, 100) : address);
    }

    public List<ModerationItem> queue(CommentStatus status, int page, int size) {
        caller.requireStaff();
        return repository.commentsWithStatus(status, (Math.max(1, page) - 1) * size, size).stream().map(comment -> {
            Post post = repository.find(comment.getPostId()).orElseThrow();
            return new ModerationItem(comment.getId(), post.getTitle(), post.getSlug(), comment.getParentId() != null,
                    comment.getAuthorName(), comment.getAuthorEmail(), comment.getAuthorWebsite(), comment.getBody(),
                    comment.getStatus(), comment.getHeldReason(), comment.getCreatedAt(), safeguarding.inText(comment.getBody(), "comment"));
        }).toList();
    }

    public long countWithStatus(CommentStatus status) {
        caller.requireStaff();
        return repository.countWithStatus(status);
    }

    /**
     * Approves, marks as spam or deletes the given comments; answers how many were changed. Approving a comment in
     * which the safeguarding checks find something changes nothing and answers 409 with the findings, unless the
     * editor says they reviewed them ({@code safeguardingReviewed}), which the trail records.
     */
    public int moderate(List<Long> ids, Moderation action, boolean safeguardingReviewed) {
        caller.requireEditor();
        if (ids.isEmpty()) {
            throw new BadInputException("Choose at least one comment.");
        }
        if (action == Moderation.APPROVE) {
            List<Finding> findings = ids.stream().flatMap(id -> repository.comment(id).stream())
                    .flatMap(comment -> safeguarding.inText(comment.getBody(), "comment " + comment.getId()).stream()).toList();
            if (!findings.isEmpty() && !safeguardingReviewed) {
                throw new SafeguardingHoldException("The safeguarding checks found " + findings.size() + " passage(s) in these comments"
                        + " that may identify a child or reach a person (listed under \"safeguarding\"). Delete the comment, or"
                        + " approve it again saying you reviewed them.", findings);
            }
            if (!findings.isEmpty()) {
                audit.record(caller.getName(), AuditAction.SAFEGUARDING_REVIEW, "comments " + ids,
                        Blog.shorten("approved after reviewing what the safeguarding checks found: " + FindingsJson.toJson(findings)));
            }
        }
        int changed = 0;
        for (Long id : ids) {
            Optional<Comment> found = repository.comment(id);
            if (found.isEmpty()) {
                continue;
            }
            Comment comment = found.get();
            audit.record(caller.getName(), AuditAction.COMMENT_MODERATE, "comment " + id + " on post " + comment.getPostId(), comment.getStatus() + " -> " + action);
            switch (action) {
                case APPROVE -> comment.setStatus(CommentStatus.APPROVED);
                case SPAM -> comment.setStatus(CommentStatus.SPAM);
                case DELETE -> repository.remove(comment);
            }
            changed++;
        }
        return changed;
    }

    private static String kinds(List<Finding> findings) {
        return String.join(", ", new TreeSet<>(findings.stream().map(Finding::kind).toList()));
    }
}
