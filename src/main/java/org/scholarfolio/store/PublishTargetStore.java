package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.model.PublishTarget;

/**
 * Reads and writes {@code publish.json} beside {@code portfolio.json}: where the portfolio is
 * published. Written atomically, pretty-printed, and never with a credential in it (a remote
 * address is stored without its user and password part).
 */
public final class PublishTargetStore {
    public static final String FILE_NAME = "publish.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishTargetStore() {
    }

    /** The folder that holds the portfolio, for a path naming the folder or its portfolio.json. */
    public static Path fileFor(Path portfolioFolderOrFile) {
        Path portfolioFile = PortfolioStore.resolveFile(portfolioFolderOrFile).toAbsolutePath();
        return portfolioFile.resolveSibling(FILE_NAME);
    }

    /** The saved target, or empty when there is no {@code publish.json}. */
    public static Optional<PublishTarget> load(Path portfolioFolderOrFile) throws IOException {
        Path file = fileFor(portfolioFolderOrFile);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException(file + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object with remote, branch, baseUrl and customDomain");
        }
        return Optional.of(new PublishTarget(text(root, "remote", file), text(root, "branch", file),
                text(root, "baseUrl", file), text(root, "customDomain", file)));
    }

    public static void save(Path portfolioFolderOrFile, PublishTarget target) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("remote", withoutUserInfo(target.remote()));
        root.put("branch", target.branch());
        root.put("baseUrl", target.baseUrl());
        root.put("customDomain", target.customDomain());
        byte[] bytes = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(fileFor(portfolioFolderOrFile), bytes);
    }

    /** {@code https://user:token@host/x} as {@code https://host/x}; SSH addresses keep their user. */
    static String withoutUserInfo(String remote) {
        return remote.replaceFirst("^(?i)(https?://)[^/@]*@", "$1");
    }

    private static String text(JsonNode root, String field, Path file) throws IOException {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new IOException(file + ", field " + field + ": expected text, found " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return v.textValue();
    }
}
