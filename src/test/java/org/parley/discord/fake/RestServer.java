package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of FakeDiscord: routing by Discord route template, bot-token checks, recording, injected faults
 * and the rate-limit headers JDA's rate limiter reads.
 */
final class RestServer implements HttpHandler {

    /** What a route handler sees. */
    record Call(
            String method,
            String path,
            String query,
            Map<String, String> params,
            JsonNode body,
            List<MultipartForm.Part> files) {

        String param(String name) {
            return params.get(name);
        }

        Optional<String> queryParam(String name) {
            for (String pair : query.split("&")) {
                String[] keyValue = pair.split("=", 2);
                if (keyValue[0].equals(name)) {
                    return Optional.of(keyValue.length > 1 ? keyValue[1] : "");
                }
            }
            return Optional.empty();
        }

        boolean queryFlag(String name) {
            return queryParam(name).filter("true"::equals).isPresent();
        }
    }

    /** What a route handler answers; a null body means 204 No Content. */
    record Reply(int status, JsonNode body) {
        static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }

        static Reply noContent() {
            return new Reply(204, null);
        }
    }

    interface Handler {
        Reply handle(Call call);
    }

    /** A fault to answer one matching request with, instead of handling it. */
    record Fault(String method, Pattern path, int status, double retryAfterSeconds) {}

    private record Route(
            String method,
            String template,
            Pattern pattern,
            List<String> paramNames,
            boolean needsBotToken,
            Handler handler) {}

    private record Body(JsonNode json, List<MultipartForm.Part> files) {}

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");

    private final String basePath;
    private final ObjectMapper mapper;
    private final String botAuthorization;
    private final Journal<RecordedRequest> journal;
    private final List<Route> routes = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private int inFlight;

    RestServer(String basePath, ObjectMapper mapper, String botToken, Journal<RecordedRequest> journal) {
        this.basePath = basePath;
        this.mapper = mapper;
        this.botAuthorization = "Bot " + botToken;
        this.journal = journal;
    }

    /** A route that needs {@code Authorization: Bot <token>}. Register literal paths before templated ones. */
    void route(String method, String template, Handler handler) {
        add(method, template, true, handler);
    }

    /** A route authorized by a token in its path (interaction callbacks, webhooks), as on Discord. */
    void tokenRoute(String method, String template, Handler handler) {
        add(method, template, false, handler);
    }

    synchronized void addFault(Fault fault) {
        faults.add(fault);
    }

    /** Waits until no request is being answered, so closing cannot cut a response off (bounded by timeout). */
    synchronized void awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight > 0) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return;
            }
            wait(remainingMillis);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        changeInFlight(+1);
        try {
            answer(exchange);
        } finally {
            changeInFlight(-1);
        }
    }

    private synchronized void changeInFlight(int delta) {
        inFlight += delta;
        notifyAll();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String fullPath = exchange.getRequestURI().getPath();
            String path = fullPath.startsWith(basePath) ? fullPath.substring(basePath.length()) : fullPath;
            String query =
                    Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Body body = readBody(exchange);

            Route route = fullPath.startsWith(basePath) ? match(method, path) : null;
            Map<String, String> params = route == null ? Map.of() : paramsOf(route, path);
            Optional<Fault> fault = takeFault(method, path);

            Reply reply;
            if (fault.isPresent()) {
                reply = faultReply(fault.get());
            } else if (route == null) {
                LOG.warn("FakeDiscord has no route for {} {}", method, path);
                reply = errorReply(DiscordError.unknownRoute());
            } else if (route.needsBotToken() && !botAuthorization.equals(authorization)) {
                reply = errorReply(DiscordError.unauthorized());
            } else {
                reply = invoke(route, new Call(method, path, query, params, body.json(), body.files()));
            }

            // Recorded before answering: whatever JDA does with the answer (complete() returning, a listener
            // running) happens after the request is in the journal.
            journal.add(new RecordedRequest(
                    method,
                    path,
                    query,
                    route == null ? null : route.template(),
                    params,
                    headersOf(exchange, authorization),
                    body.json(),
                    body.files().stream().map(MultipartForm.Part::filename).toList(),
                    reply.status(),
                    Instant.now()));
            write(exchange, route == null ? method + " " + path : method + " " + route.template(), reply, fault);
        }
    }

    private void add(String method, String template, boolean needsBotToken, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAM.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start())))
                    .append("([^/]+)");
            names.add(matcher.group(1));
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, needsBotToken, handler));
    }

    private Route match(String method, String path) {
        return routes.stream()
                .filter(r ->
                        r.method().equals(method) && r.pattern().matcher(path).matches())
                .findFirst()
                .orElse(null);
    }

    private static Map<String, String> paramsOf(Route route, String path) {
        Matcher matcher = route.pattern().matcher(path);
        Map<String, String> params = new LinkedHashMap<>();
        if (matcher.matches()) {
            for (int i = 0; i < route.paramNames().size(); i++) {
                params.put(route.paramNames().get(i), matcher.group(i + 1));
            }
        }
        return params;
    }

    private synchronized Optional<Fault> takeFault(String method, String path) {
        for (Fault fault : faults) {
            if (fault.method().equals(method) && fault.path().matcher(path).matches()) {
                faults.remove(fault);
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private Reply invoke(Route route, Call call) {
        try {
            return route.handler().handle(call);
        } catch (DiscordError e) {
            return errorReply(e);
        } catch (RuntimeException e) {
            // A bug in the fake, not a Discord answer: make it loud in the test log.
            LOG.error("FakeDiscord route {} {} failed", route.method(), route.template(), e);
            return new Reply(
                    500,
                    JsonNodeFactory.instance
                            .objectNode()
                            .put("message", "500: Internal Server Error")
                            .put("code", 0));
        }
    }

    private static Reply errorReply(DiscordError error) {
        return new Reply(error.status, error.body);
    }

    private static Reply faultReply(Fault fault) {
        if (fault.status() == 429) {
            return new Reply(
                    429,
                    JsonNodeFactory.instance
                            .objectNode()
                            .put("message", "You are being rate limited.")
                            .put("retry_after", fault.retryAfterSeconds())
                            .put("global", false));
        }
        return new Reply(
                fault.status(),
                JsonNodeFactory.instance
                        .objectNode()
                        .put("message", "Injected failure " + fault.status())
                        .put("code", 0));
    }

    private Body readBody(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        if (bytes.length == 0) {
            return new Body(MissingNode.getInstance(), List.of());
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (MultipartForm.isMultipart(contentType)) {
            MultipartForm form = MultipartForm.parse(contentType, bytes);
            JsonNode payload = form.part("payload_json")
                    .map(part -> readJson(part.content()))
                    .orElse(MissingNode.getInstance());
            return new Body(payload, form.files());
        }
        return new Body(readJson(bytes), List.of());
    }

    private JsonNode readJson(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            // Keep the raw text so the recording still shows what arrived.
            return JsonNodeFactory.instance.textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private Map<String, String> headersOf(HttpExchange exchange, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        if (authorization != null) {
            // Never keep the token itself; whether it was the right one is what tests care about.
            headers.put(
                    "authorization", botAuthorization.equals(authorization) ? "<valid bot token>" : "<invalid token>");
        }
        return headers;
    }

    private void write(HttpExchange exchange, String bucketKey, Reply reply, Optional<Fault> fault) throws IOException {
        var headers = exchange.getResponseHeaders();
        // Without "via", JDA takes a 429 for a Cloudflare ban and blocks every route.
        headers.set("Via", "1.1 google");
        headers.set("X-RateLimit-Bucket", Integer.toHexString(bucketKey.hashCode()));
        headers.set("X-RateLimit-Limit", "5");
        double resetAfter = fault.map(Fault::retryAfterSeconds).orElse(1.0);
        headers.set("X-RateLimit-Remaining", fault.isPresent() ? "0" : "4");
        headers.set("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", resetAfter));
        headers.set(
                "X-RateLimit-Reset",
                String.format(Locale.ROOT, "%.3f", System.currentTimeMillis() / 1000.0 + resetAfter));
        if (fault.isPresent() && reply.status() == 429) {
            // JDA reads Retry-After as whole seconds and the body's retry_after as a double, and takes the larger.
            headers.set(
                    "Retry-After", Long.toString((long) Math.ceil(fault.get().retryAfterSeconds())));
            headers.set("X-RateLimit-Scope", "user");
        }
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = mapper.writeValueAsBytes(reply.body());
        headers.set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
