package org.parley.discord.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Discord JSON error response ({"message": ..., "code": ...}) thrown by a route handler. */
final class DiscordError extends RuntimeException {

    final int status;
    final ObjectNode body;

    DiscordError(int status, int code, String message) {
        this(
                status,
                JsonNodeFactory.instance.objectNode().put("message", message).put("code", code));
    }

    private DiscordError(int status, ObjectNode body) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
    }

    static DiscordError unknownRoute() {
        return new DiscordError(404, 0, "Unknown");
    }

    static DiscordError unauthorized() {
        return new DiscordError(401, 0, "401: Unauthorized");
    }

    static DiscordError unknownInteraction() {
        return new DiscordError(404, 10062, "Unknown interaction");
    }

    static DiscordError unknownWebhook() {
        return new DiscordError(404, 10015, "Unknown Webhook");
    }

    static DiscordError unknownChannel() {
        return new DiscordError(404, 10003, "Unknown Channel");
    }

    /**
     * Discord's 50035 with one field error, the shape JDA's ErrorResponseException parses; a dotted field such as
     * {@code data.title} is nested, as Discord nests it.
     */
    static DiscordError invalidFormBody(String field, String errorCode, String errorMessage) {
        ObjectNode body = JsonNodeFactory.instance
                .objectNode()
                .put("message", "Invalid Form Body")
                .put("code", 50035);
        ObjectNode fieldErrors = body.putObject("errors");
        for (String part : field.split("\\.")) {
            fieldErrors = fieldErrors.putObject(part);
        }
        fieldErrors.putArray("_errors").addObject().put("code", errorCode).put("message", errorMessage);
        return new DiscordError(400, body);
    }

    static DiscordError missingPermissions() {
        return new DiscordError(403, 50013, "Missing Permissions");
    }
}
