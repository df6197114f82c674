package org.scholarfolio.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A git server on loopback that misbehaves as it is told: each request goes to the current
 * {@link Behaviour}, which may pass it on to a real {@code git http-backend} behind it. Every
 * request's method, path and {@code Authorization} header are recorded.
 */
final class HostileGitServer implements AutoCloseable {
    /** What to do with one request. */
    interface Behaviour {
        void answer(HttpExchange exchange, HostileGitServer server) throws Exception;
    }

    record Request(String method, String path, String authorization) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-git-server");
        t.setDaemon(true);
        return t;
    });
    private final String backend;
    private final String host;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile Behaviour behaviour;

    /** {@code host}: the name it is reached by (127.0.0.1 or localhost); {@code backend}: a real server's base address or null. */
    HostileGitServer(String host, String backend, Behaviour behaviour) throws IOException {
        this.host = host;
        this.backend = backend;
        this.behaviour = behaviour;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url(String repository) {
        return "http://" + host + ":" + server.getAddress().getPort() + "/git/" + repository;
    }

    private void handle(HttpExchange exchange) {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization")));
        try (exchange) {
            behaviour.answer(exchange, this);
        } catch (Exception e) {
            // The client went away, or the test ended: nothing to answer.
        }
    }

    /** Passes the request on to the real git server and its answer back. */
    void passOn(HttpExchange exchange) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI()));
        for (String name : List.of("Content-Type", "Accept", "Authorization", "Git-Protocol", "Content-Encoding")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        request.method(exchange.getRequestMethod(), body.length == 0 && exchange.getRequestMethod().equals("GET")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                    && !name.equalsIgnoreCase("date") && !name.startsWith(":")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
        if (response.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    static void sleepUntilClosed() throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }

    static void advertisementHeaders(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-advertisement");
        exchange.sendResponseHeaders(200, 0);
    }

    static byte[] pktLine(String text) {
        return (String.format("%04x", text.length() + 4) + text).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * A server below HTTP: accepts the connection, reads the request's first bytes, then writes what
     * {@code answer} writes on the raw socket (an answer whose headers never end, or nothing at all).
     */
    static final class RawServer implements AutoCloseable {
        interface Answer {
            void write(OutputStream out) throws Exception;
        }

        private final ServerSocket socket;
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "raw-git-server");
            t.setDaemon(true);
            return t;
        });

        RawServer(Answer answer) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            threads.execute(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        threads.execute(() -> {
                            try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                                in.read(new byte[8192]);
                                answer.write(out);
                            } catch (Exception e) {
                                // closed
                            }
                        });
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        String url(String repository) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/git/" + repository;
        }

        @Override
        public void close() throws IOException {
            socket.close();
            threads.shutdownNow();
        }
    }
}
