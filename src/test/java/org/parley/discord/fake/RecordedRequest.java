package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One REST request as FakeDiscord saw it.
 *
 * @param method      HTTP method, upper case
 * @param path        path below the API base, e.g. {@code channels/123/messages}
 * @param query       raw query string or "" (JDA adds e.g. {@code with_response=true}, {@code wait=true})
 * @param route       the Discord route template that matched, e.g. {@code channels/{channel_id}/messages},
 *                    or null if FakeDiscord knows no such route (it answered 404)
 * @param pathParams  the template's parameters, e.g. channel_id
 * @param headers     request headers, lower-case names; the authorization value is replaced by
 *                    {@code <valid bot token>} or {@code <invalid token>}
 * @param body        the JSON body, or the {@code payload_json} part of a multipart body; MissingNode if none
 * @param files       names of the file parts of a multipart body
 * @param status      the status FakeDiscord answered with
 */
public record RecordedRequest(
        String method,
        String path,
        String query,
        String route,
        Map<String, String> pathParams,
        Map<String, String> headers,
        JsonNode body,
        List<String> files,
        int status,
        Instant receivedAt) {

    public RecordedRequest {
        pathParams = Map.copyOf(pathParams);
        headers = Map.copyOf(headers);
        body = body == null ? MissingNode.getInstance() : body;
        files = List.copyOf(files);
    }

    /** True if this request hit the given route, e.g. {@code is("PUT", "channels/{channel_id}/messages/pins/{message_id}")}. */
    public boolean is(String method, String route) {
        return this.method.equals(method) && route.equals(this.route);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** "METHOD route", or "METHOD path (unknown route)" for requests FakeDiscord answered with 404. */
    public String summary() {
        return route == null ? method + " " + path + " (unknown route)" : method + " " + route;
    }

    @Override
    public String toString() {
        return status + " " + method + " " + path + (query.isEmpty() ? "" : "?" + query)
                + (body.isMissingNode() ? "" : " " + body);
    }
}
