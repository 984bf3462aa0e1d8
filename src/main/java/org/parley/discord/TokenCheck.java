package org.parley.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.RestConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Discord whether the token is good before JDA starts. JDA finds out too, but then tears its threads down
 * while they are still busy and may log a stack trace; a rejected token should read as one clear line.
 */
final class TokenCheck {

    private static final Logger log = LoggerFactory.getLogger(TokenCheck.class);

    private TokenCheck() {}

    /**
     * @throws InvalidTokenException if Discord answers 401; any other outcome (network trouble, 5xx) is left for
     *                               JDA to handle and report
     */
    static void requireAccepted(String restBaseUrl, String token) {
        String base = restBaseUrl.endsWith("/") ? restBaseUrl : restBaseUrl + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "users/@me"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bot " + token)
                .header("User-Agent", RestConfig.USER_AGENT)
                .GET()
                .build();
        int status;
        try {
            status = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            log.debug("Token check skipped: {}", e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (status == 401) throw new InvalidTokenException();
    }
}
