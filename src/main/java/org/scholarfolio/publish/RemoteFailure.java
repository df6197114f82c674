package org.scholarfolio.publish;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** Sentences for what went wrong talking to a remote: what it said, and what to do about it. */
final class RemoteFailure {
    private RemoteFailure() {
    }

    /**
     * For an exception from fetching or, when {@code pushing}, from pushing; {@code hungUp} when the
     * remote was seen to end the exchange early.
     */
    static String explain(Throwable e, GitRemote remote, GitCredentials credentials, boolean pushing, boolean hungUp) {
        StringBuilder said = new StringBuilder();
        for (Throwable t = e; t != null && said.length() < 600; t = t.getCause()) {
            if (t.getMessage() != null && said.indexOf(t.getMessage()) < 0) {
                said.append(said.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        String text = credentials.scrub(said.toString());
        String lower = withoutAddress(text, remote).toLowerCase(Locale.ROOT);
        String advice;
        if (lower.contains("authentication is required") || lower.contains("not authorized")
                || STATUS_401.matcher(lower).find() || lower.contains("no credentialsprovider")) {
            advice = credentials.hasToken()
                    ? "The remote did not accept the token from " + credentials.source() + ". Check that it has not expired"
                            + " and may write to the repository (GitHub: \"Contents: read and write\")."
                    : "The remote wants you to sign in. Set SCHOLARFOLIO_GIT_TOKEN (or GITHUB_TOKEN) to an access token"
                            + " that may write to the repository, enter one in the Publish dialog, or use an SSH address.";
        } else if (STATUS_403.matcher(lower).find() || lower.contains("not permitted") || lower.contains("permission")) {
            advice = "You are signed in but may not write to this repository; ask its owner for write access or check the token's permissions.";
        } else if (lower.contains("unknownhost") || lower.contains("unknown host") || lower.contains("connection refused")
                || lower.contains("timed out") || lower.contains("network is unreachable") || lower.contains("connect")) {
            advice = "Cannot reach " + (remote.host().isEmpty() ? remote.url() : remote.host())
                    + ". Check the internet connection and the address, then publish again; nothing was changed.";
        } else if (lower.contains("not found") || lower.contains("does not appear to be a git repository")
                || lower.contains("repository not found")) {
            advice = "There is no repository at " + remote.url() + ". Create it first (an empty one is fine) or correct the address.";
        } else if (hungUp || lower.contains("short read") || lower.contains("truncated") || lower.contains("unexpected end of stream")
                || lower.contains("premature eof") || lower.contains("hung up unexpectedly") || lower.contains("end of file")) {
            advice = "The remote hung up in the middle of the exchange. " + (pushing
                    ? "It holds either the old or the new site: publish again to be sure."
                    : "Nothing was changed on the remote; publishing again starts afresh.");
        } else if (lower.contains("server key") || lower.contains("host key") || lower.contains("known_hosts")) {
            advice = "The SSH host key of " + remote.host() + " is not known yet. Connect once with `ssh -T git@" + remote.host()
                    + "` and accept the key, then publish again.";
        } else if (remote.isSsh() && lower.contains("auth")) {
            advice = "No SSH key in ~/.ssh was accepted by " + remote.host() + ". Add your public key to your account there,"
                    + " or use an https address with a token.";
        } else {
            advice = "Nothing was changed on the remote; publishing again starts afresh.";
        }
        return "The remote " + remote.url() + " said: " + quoted(text, remote) + ". " + advice;
    }

    private static final Pattern STATUS_401 = Pattern.compile("(?<![0-9])401(?![0-9])");
    private static final Pattern STATUS_403 = Pattern.compile("(?<![0-9])403(?![0-9])");

    /**
     * What the remote said with the remote's own address taken out, for telling what went wrong: an address
     * is the person's words, and one that held "401" (a temporary folder's number) or "connect" was read
     * as a refused sign-in or an unreachable host.
     */
    static String withoutAddress(String said, GitRemote remote) {
        return remote.url().isEmpty() ? said : said.replace(remote.url(), " ");
    }

    /**
     * What the remote said, as the middle of a sentence: without its own closing full stop (JGit's
     * "…: not found." read "not found.. There is …") and without the address the sentence names already.
     */
    static String quoted(String said, GitRemote remote) {
        String text = said.strip();
        String address = remote.url() + ": ";
        if (text.startsWith(address) && text.length() > address.length()) {
            text = text.substring(address.length());
        }
        while (text.endsWith(".") && !text.endsWith("...")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    /** For a push the remote answered but did not accept; empty when it was accepted. */
    static java.util.Optional<String> refused(RemoteRefUpdate update, String remoteMessages, GitRemote remote, String branch) {
        String said = (update.getMessage() == null ? "" : update.getMessage())
                + (remoteMessages.isBlank() ? "" : (update.getMessage() == null ? "" : "; ") + remoteMessages.strip().replace('\n', ' '));
        String quoted = said.isBlank() ? "" : " The remote said: " + said + ".";
        return switch (update.getStatus()) {
            case OK, UP_TO_DATE -> java.util.Optional.empty();
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> java.util.Optional.of("The push to " + branch
                    + " was refused because the branch changed on " + remote.url() + " since it was fetched (someone"
                    + " else published)." + quoted + " Publish again: the next publish builds on what is there now.");
            case REJECTED_OTHER_REASON -> java.util.Optional.of("The remote " + remote.url() + " refused the push to " + branch
                    + "." + quoted + " Nothing was changed there; fix what it names (a protected branch, a hook, a"
                    + " size limit) and publish again.");
            default -> java.util.Optional.of("The push to " + branch + " did not complete (" + update.getStatus()
                    + ")." + quoted + " Publish again.");
        };
    }
}
