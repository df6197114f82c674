package org.scholarfolio.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A smart-HTTP git server on loopback for tests: {@code git http-backend} run as CGI behind the
 * JDK's HTTP server, serving the bare repositories in one folder to whoever sends the token as a
 * Basic-auth password (any user name), and answering 401 to anyone else.
 */
final class GitHttpBackendServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final String token;

    GitHttpBackendServer(Path root, String token) throws IOException {
        this.root = root;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/git/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** The address of a repository folder under the root, e.g. {@code http://127.0.0.1:1234/git/site.git}. */
    String url(String repository) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/git/" + repository;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String user = authorisedUser(exchange.getRequestHeaders().getFirst("Authorization"));
            if (user == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            ProcessBuilder cgi = new ProcessBuilder("git", "http-backend");
            Map<String, String> env = cgi.environment();
            env.put("GIT_PROJECT_ROOT", root.toString());
            env.put("GIT_HTTP_EXPORT_ALL", "1");
            env.put("REMOTE_USER", user);
            env.put("REMOTE_ADDR", "127.0.0.1");
            env.put("REQUEST_METHOD", exchange.getRequestMethod());
            env.put("PATH_INFO", exchange.getRequestURI().getPath().substring("/git".length()));
            env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
            env.put("CONTENT_LENGTH", Integer.toString(body.length));
            header(exchange, "Content-Type", env, "CONTENT_TYPE");
            header(exchange, "Content-Encoding", env, "HTTP_CONTENT_ENCODING");
            header(exchange, "Git-Protocol", env, "GIT_PROTOCOL");
            Process p = cgi.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(body);
            }
            byte[] output;
            try (InputStream out = p.getInputStream()) {
                output = out.readAllBytes();
            }
            respond(exchange, output);
        }
    }

    private String authorisedUser(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8).split(":", 2);
        return pair.length == 2 && pair[1].equals(token) ? pair[0] : null;
    }

    private static void header(HttpExchange exchange, String name, Map<String, String> env, String variable) {
        String value = exchange.getRequestHeaders().getFirst(name);
        if (value != null) {
            env.put(variable, value);
        }
    }

    /** Splits the CGI output into its headers (with an optional Status line) and the body. */
    private static void respond(HttpExchange exchange, byte[] output) throws IOException {
        int end = 0;
        int status = 200;
        int i = 0;
        while (i < output.length) {
            int eol = i;
            while (eol < output.length && output[eol] != '\n') {
                eol++;
            }
            String line = new String(output, i, eol - i, StandardCharsets.ISO_8859_1).replace("\r", "");
            i = eol + 1;
            if (line.isEmpty()) {
                end = i;
                break;
            }
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Status")) {
                status = Integer.parseInt(value.substring(0, 3));
            } else {
                exchange.getResponseHeaders().add(name, value);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(output, end, output.length - end);
        exchange.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
        if (body.size() > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                body.writeTo(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
