package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** What went wrong is told from what the remote said, never from the address the person gave. */
class RemoteFailureTest {

    @Test
    void aMissingRepositoryWhoseAddressHoldsFourOhOneIsNotASignIn() throws Exception {
        // A temporary folder's random number held "401": the failure was told as "wants you to sign in".
        GitRemote remote = GitRemote.parse("file:///tmp/junit-3814015054331694648/missing-5498977570075.git");
        String sentence = RemoteFailure.explain(new NoRemoteRepositoryException(new URIish(remote.url()), "not found."),
                remote, GitCredentials.none(), false, false);

        assertThat(sentence).contains("There is no repository at " + remote.url()).doesNotContain("sign in");
    }

    @Test
    void anAddressThatSaysConnectOrForbiddenIsNotReadAsTheRemotesWords() throws Exception {
        GitRemote remote = GitRemote.parse("https://example.org/connect/403-lab/site.git");
        String sentence = RemoteFailure.explain(new TransportException(remote.url() + ": repository not found"),
                remote, GitCredentials.none(), false, false);

        assertThat(sentence).contains("There is no repository at").doesNotContain("Cannot reach").doesNotContain("may not write");
    }

    @Test
    void theRemotesOwnStatusCodesStillCount() throws Exception {
        GitRemote remote = GitRemote.parse("https://example.org/lab/site.git");

        assertThat(RemoteFailure.explain(new TransportException(remote.url() + ": 401 Unauthorized"), remote,
                GitCredentials.none(), true, false)).contains("wants you to sign in");
        assertThat(RemoteFailure.explain(new TransportException(remote.url() + ": 403 Forbidden"), remote,
                GitCredentials.none(), true, false)).contains("may not write to this repository");
        assertThat(RemoteFailure.explain(new TransportException(remote.url() + ": status 4013"), remote,
                GitCredentials.none(), true, false)).doesNotContain("sign in").doesNotContain("may not write");
    }
}
