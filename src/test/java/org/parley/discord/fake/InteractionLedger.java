package org.parley.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interactions FakeDiscord dispatched and what became of them: acknowledged or not, which message is their
 * "@original" response, and the modal they opened.
 */
final class InteractionLedger {

    /** One dispatched interaction. Mutable state is guarded by the ledger. */
    static final class Entry {
        final String id;
        final String token;
        final int type;
        final String channelId;
        final String userId;
        final Instant dispatchedAt;
        /** For component interactions, the message carrying the component. */
        final String componentMessageId;
        /** What Discord puts into interaction_metadata of response messages. */
        final ObjectNode metadata;

        private boolean acknowledged;
        private String originalMessageId;
        private ObjectNode modal;
        private boolean modalSubmitted;

        Entry(
                String id,
                String token,
                int type,
                String channelId,
                String userId,
                String componentMessageId,
                ObjectNode metadata) {
            this.id = id;
            this.token = token;
            this.type = type;
            this.channelId = channelId;
            this.userId = userId;
            this.dispatchedAt = Instant.now();
            this.componentMessageId = componentMessageId;
            this.metadata = metadata;
            // A component interaction's "@original" is the message the component sits on.
            this.originalMessageId = componentMessageId;
        }
    }

    private final Duration ackDeadline;
    /** A modal the bot showed in answer to {@code opener}. */
    record ShownModal(Entry opener, ObjectNode modal) {}

    private final Map<String, Entry> byId = new LinkedHashMap<>(); // dispatch order
    private final Map<String, Entry> byToken = new HashMap<>();

    InteractionLedger(Duration ackDeadline) {
        this.ackDeadline = ackDeadline;
    }

    synchronized void add(Entry entry) {
        byId.put(entry.id, entry);
        byToken.put(entry.token, entry);
    }

    /**
     * Marks the interaction acknowledged, enforcing Discord's rules: known id and token, not acknowledged
     * before, and within the deadline (3 s on Discord).
     */
    synchronized Entry acknowledge(String id, String token) {
        Entry entry = byId.get(id);
        if (entry == null || !entry.token.equals(token)) {
            throw DiscordError.unknownInteraction();
        }
        if (entry.acknowledged) {
            throw new DiscordError(400, 40060, "Interaction has already been acknowledged.");
        }
        if (Duration.between(entry.dispatchedAt, Instant.now()).compareTo(ackDeadline) > 0) {
            throw DiscordError.unknownInteraction();
        }
        entry.acknowledged = true;
        return entry;
    }

    /** The interaction behind a webhook token; Discord only accepts follow-ups after the acknowledgement. */
    synchronized Entry requireAcknowledged(String token) {
        Entry entry = byToken.get(token);
        if (entry == null || !entry.acknowledged) {
            throw DiscordError.unknownWebhook();
        }
        return entry;
    }

    synchronized void setOriginal(Entry entry, String messageId) {
        entry.originalMessageId = messageId;
    }

    synchronized Optional<String> originalMessageId(Entry entry) {
        return Optional.ofNullable(entry.originalMessageId);
    }

    synchronized Optional<String> originalMessageId(String interactionId) {
        return Optional.ofNullable(byId.get(interactionId)).map(e -> e.originalMessageId);
    }

    synchronized void setModal(Entry entry, ObjectNode modal) {
        entry.modal = modal.deepCopy();
    }

    synchronized Optional<ObjectNode> modal(String interactionId) {
        return Optional.ofNullable(byId.get(interactionId)).map(e -> e.modal).map(ObjectNode::deepCopy);
    }

    /**
     * The modal with this custom_id most recently shown to the user and not submitted yet.
     *
     * @throws IllegalStateException if the bot showed the user no such modal
     */
    synchronized ShownModal openModal(String userId, String customId) {
        List<Entry> newestFirst = new ArrayList<>(byId.values());
        Collections.reverse(newestFirst);
        for (Entry entry : newestFirst) {
            if (entry.userId.equals(userId)
                    && entry.modal != null
                    && !entry.modalSubmitted
                    && entry.modal.path("custom_id").asText().equals(customId)) {
                return new ShownModal(entry, entry.modal.deepCopy());
            }
        }
        throw new IllegalStateException("The bot showed user " + userId + " no open modal with custom_id '" + customId
                + "'; a user can only submit a modal the bot answered an interaction with");
    }

    /** Submitting closes a modal, as in the client; another submission needs the bot to show it again. */
    synchronized void closeModal(Entry opener) {
        opener.modalSubmitted = true;
    }

    synchronized boolean isAcknowledged(String interactionId) {
        Entry entry = byId.get(interactionId);
        return entry != null && entry.acknowledged;
    }
}
