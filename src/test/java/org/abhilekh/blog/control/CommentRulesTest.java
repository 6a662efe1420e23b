package org.abhilekh.blog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.abhilekh.blog.entity.CommentInput;
import org.abhilekh.blog.entity.CommentStatus;
import org.junit.jupiter.api.Test;

class CommentRulesTest {

    private final CommentRules rules = new CommentRules(2, List.of("casino", " Crypto Giveaway "),
            List.of("Jharkhand Child Rights Forum", "JCRF"), List.of("jcrf.example.org"));

    private static CommentInput input(String name, String email, String website, String text) {
        return new CommentInput(name, email, website, text, null, null, null);
    }

    @Test
    void aValidCommentIsTrimmedAndItsEmailLowerCased() {
        CommentInput clean = rules.validate(input("  Anita Oraon ", " Anita@Example.ORG ", "  ", " Thank you \u0000for this. "));
        assertEquals("Anita Oraon", clean.name());
        assertEquals("anita@example.org", clean.email());
        assertNull(clean.website());
        assertEquals("Thank you for this.", clean.text());
    }

    @Test
    void everyRequiredFieldIsNamedWhenMissing() {
        assertEquals("name", assertThrows(CommentRejectedException.class, () -> rules.validate(input(" ", "a@b.in", null, "x"))).field());
        assertEquals("email", assertThrows(CommentRejectedException.class, () -> rules.validate(input("A", null, null, "x"))).field());
        assertEquals("blog.comment.error.emailInvalid",
                assertThrows(CommentRejectedException.class, () -> rules.validate(input("A", "not-an-address", null, "x"))).messageKey());
        assertEquals("text", assertThrows(CommentRejectedException.class, () -> rules.validate(input("A", "a@b.in", null, "  "))).field());
    }

    @Test
    void everyFieldIsLengthLimited() {
        assertEquals("blog.comment.error.nameTooLong",
                assertThrows(CommentRejectedException.class, () -> rules.validate(input("n".repeat(101), "a@b.in", null, "x"))).messageKey());
        assertEquals("blog.comment.error.emailInvalid",
                assertThrows(CommentRejectedException.class, () -> rules.validate(input("A", "a".repeat(250) + "@b.in", null, "x"))).messageKey());
        assertEquals("blog.comment.error.websiteTooLong",
                assertThrows(CommentRejectedException.class, () -> rules.validate(input("A", "a@b.in", "https://" + "w".repeat(300), "x"))).messageKey());
        assertEquals("blog.comment.error.textTooLong",
                assertThrows(CommentRejectedException.class, () -> rules.validate(input("A", "a@b.in", null, "t".repeat(4001)))).messageKey());
        assertEquals(4000, rules.validate(input("A", "a@b.in", null, "t".repeat(4000))).text().length());
    }

    @Test
    void aScriptWebsiteIsRefusedAndAScriptTextIsKeptAsTyped() {
        assertEquals("blog.comment.error.websiteInvalid",
                assertThrows(CommentRejectedException.class, () -> rules.validate(input("A", "a@b.in", "javascript:alert(1)", "x"))).messageKey());
        assertEquals("<script>alert(1)</script>", rules.validate(input("A", "a@b.in", null, "<script>alert(1)</script>")).text());
    }

    @Test
    void aFilledHoneypotIsRefused() {
        CommentInput bot = new CommentInput("A", "a@b.in", null, "x", null, "http://spam.example", null);
        assertEquals("blog.comment.error.rejected", assertThrows(CommentRejectedException.class, () -> rules.validate(bot)).messageKey());
    }

    @Test
    void firstTimeCommentersAreHeldAndKnownOnesPublished() {
        CommentInput comment = rules.validate(input("A", "a@b.in", null, "Thank you"));
        assertEquals(CommentStatus.PENDING, rules.moderate(comment, false).status());
        assertEquals(CommentStatus.APPROVED, rules.moderate(comment, true).status());
    }

    @Test
    void theOrganisationsNameAndMailDomainAreHeldEvenFromProvenCommenters() {
        for (CommentInput speaksAsUs : List.of(input("Jharkhand Child Rights Forum", "press@elsewhere.example", null, "Official: donate here"),
                input("jharkhand  child-rights FORUM (official)", "a@b.in", null, "hello"),
                input("JCRF team", "a@b.in", null, "hello"),
                input("Asha", "asha@jcrf.example.org", null, "hello"),
                input("Asha", "asha@mail.jcrf.example.org", null, "hello"))) {
            CommentRules.Decision held = rules.moderate(rules.validate(speaksAsUs), true);
            assertEquals(CommentStatus.PENDING, held.status(), speaksAsUs.name() + " " + speaksAsUs.email());
            assertTrue(held.reason().contains("organisation"), held.reason());
        }
        assertEquals(CommentStatus.APPROVED, rules.moderate(rules.validate(input("Jharkhandi reader", "a@notjcrf.example.org", null, "hello")),
                true).status(), "a name or domain that merely resembles the organisation's is not held for it");
    }

    @Test
    void moreLinksThanAllowedAreHeldEvenForKnownCommenters() {
        CommentInput two = rules.validate(input("A", "a@b.in", null, "https://a.example and https://b.example"));
        CommentInput three = rules.validate(input("A", "a@b.in", null, "https://a.example https://b.example https://c.example"));
        assertEquals(CommentStatus.APPROVED, rules.moderate(two, true).status());
        CommentRules.Decision held = rules.moderate(three, true);
        assertEquals(CommentStatus.PENDING, held.status());
        assertEquals("3 links (more than 2)", held.reason());
    }

    @Test
    void blockedWordsMarkSpamWhereverTheyAppear() {
        assertEquals(CommentStatus.SPAM, rules.moderate(rules.validate(input("A", "a@b.in", null, "Best CASINO here")), true).status());
        assertEquals(CommentStatus.SPAM, rules.moderate(rules.validate(input("crypto giveaway", "a@b.in", null, "hello")), true).status());
        assertEquals(CommentStatus.SPAM, rules.moderate(rules.validate(input("A", "a@b.in", "https://casino.example", "hello")), true).status());
    }
}
