package org.parley.discord.fake;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One gateway payload, as received from the client or sent to it.
 *
 * @param op       gateway opcode (0 dispatch, 1 heartbeat, 2 identify, 6 resume, 7 reconnect, 10 hello, 11 ack...)
 * @param type     the dispatch event name ({@code t}) or null
 * @param sequence the dispatch sequence number ({@code s}) or null
 * @param data     the {@code d} field (a JSON null if absent)
 */
public record GatewayFrame(Direction direction, int op, String type, Long sequence, JsonNode data, Instant at) {

    public enum Direction {
        RECEIVED,
        SENT
    }

    @Override
    public String toString() {
        String d = data.toString();
        // IDENTIFY and RESUME carry the token: keep it out of assertion messages and logs.
        if (data.has("token")) {
            d = d.replace(data.get("token").asText(), "<token>");
        }
        return direction + " op=" + op + (type == null ? "" : " t=" + type) + (sequence == null ? "" : " s=" + sequence)
                + " d=" + (d.length() > 300 ? d.substring(0, 300) + "..." : d);
    }
}
