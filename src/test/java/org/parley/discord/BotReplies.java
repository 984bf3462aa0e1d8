package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.RecordedRequest;

/** Reading the bot's replies off FakeDiscord, shared by the end-to-end tests. */
final class BotReplies {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CALLBACK = "interactions/{interaction_id}/{interaction_token}/callback";
    static final String EDIT = "webhooks/{application_id}/{interaction_token}/messages/{message_id}";

    private BotReplies() {}

    static RecordedRequest callback(FakeDiscord discord, FakeDiscord.InteractionDispatch dispatch) {
        return discord.awaitRequest(
                r -> r.is("POST", CALLBACK) && r.pathParam("interaction_id").equals(dispatch.interactionId()), WAIT);
    }

    /**
     * The message the bot answered an interaction with: the callback's data, or, if the bot deferred because
     * the machine was slow, the edit of @original (with the deferral's flags), so timing cannot make tests flaky.
     */
    static JsonNode reply(FakeDiscord discord, FakeDiscord.InteractionDispatch dispatch) {
        RecordedRequest callback = callback(discord, dispatch);
        if (callback.body().get("type").asInt() != 5) return callback.body().get("data");
        RecordedRequest edit = discord.awaitRequest(
                r -> r.is("PATCH", EDIT) && r.pathParam("interaction_token").equals(dispatch.token()), WAIT);
        var message = ((com.fasterxml.jackson.databind.node.ObjectNode) edit.body()).deepCopy();
        message.put("flags", callback.body().path("data").path("flags").asInt());
        return message;
    }

    static List<String> customIds(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.path("components")
                .forEach(row -> row.path("components")
                        .forEach(button -> ids.add(button.path("custom_id").asText())));
        return ids;
    }

    /** Every request that carries a message must say: mention nobody. */
    static void assertNothingMentions(List<RecordedRequest> requests) {
        int checked = 0;
        for (RecordedRequest r : requests) {
            JsonNode message = r.is("POST", CALLBACK) ? r.body().path("data") : r.body();
            boolean carriesMessage = message.has("content") || message.has("embeds") || message.has("components");
            boolean messageRoute = r.is("POST", CALLBACK)
                    || r.is("PATCH", EDIT)
                    || r.is("POST", "webhooks/{application_id}/{interaction_token}")
                    || r.is("POST", "channels/{channel_id}/messages")
                    || r.is("PATCH", "channels/{channel_id}/messages/{message_id}");
            // A modal (callback type 9) is a form, not a message: it has nothing to mention anyone with.
            boolean modal = r.is("POST", CALLBACK) && r.body().path("type").asInt() == 9;
            if (!messageRoute || !carriesMessage || modal) continue;
            JsonNode parse = message.path("allowed_mentions").path("parse");
            assertTrue(parse.isArray() && parse.isEmpty(), "allowed_mentions.parse must be [] in " + r);
            assertFalse(message.path("allowed_mentions").path("replied_user").asBoolean(false), r.toString());
            checked++;
        }
        assertTrue(checked > 0 || requests.stream().noneMatch(r -> r.is("POST", CALLBACK)), "nothing was checked");
    }
}
