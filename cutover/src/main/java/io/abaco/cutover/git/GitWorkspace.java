package io.abaco.cutover.git;

import io.abaco.config.Workspace;
import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The workspace's git repository, when it is one (JGit; no git binary needed): HEAD for preflight, cleanliness,
 * and the {@code cutover/<id>/activated} tag.
 */
public final class GitWorkspace {
    private final Workspace workspace;

    public GitWorkspace(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Whether the workspace root itself holds a {@code .git} repository. */
    public boolean isRepository() {
        return Files.exists(workspace.root().resolve(".git"));
    }

    /** HEAD's commit id, or empty for a repository without commits. */
    public Optional<String> head() {
        try (Repository repository = open()) {
            ObjectId head = repository.resolve("HEAD");
            return Optional.ofNullable(head).map(ObjectId::name);
        } catch (IOException e) {
            throw new ExternalServiceException(
                    "cannot read git HEAD of " + workspace.root() + ": " + e.getMessage(), e);
        }
    }

    /** Paths that are modified, added, removed or untracked (not ignored); empty means clean. */
    public List<String> uncleanPaths() {
        try (Repository repository = open();
                Git git = new Git(repository)) {
            Status status = git.status().call();
            TreeSet<String> paths = new TreeSet<>();
            paths.addAll(status.getUncommittedChanges());
            paths.addAll(status.getUntracked());
            return List.copyOf(paths);
        } catch (IOException | GitAPIException e) {
            throw new ExternalServiceException(
                    "cannot read git status of " + workspace.root() + ": " + e.getMessage(), e);
        }
    }

    /** Creates (or keeps, when it already points at HEAD) the lightweight tag {@code name}; returns its commit. */
    public String tagHead(String name) {
        try (Repository repository = open();
                Git git = new Git(repository)) {
            ObjectId head = repository.resolve("HEAD");
            if (head == null)
                throw new ExternalServiceException("cannot tag " + name + ": the repository has no commits");
            Ref existing = repository.exactRef("refs/tags/" + name);
            if (existing != null && head.equals(existing.getObjectId())) return head.name();
            git.tag().setName(name).setAnnotated(false).setForceUpdate(true).call();
            return head.name();
        } catch (IOException | GitAPIException e) {
            throw new ExternalServiceException("cannot tag " + name + ": " + e.getMessage(), e);
        }
    }

    private Repository open() throws IOException {
        return new FileRepositoryBuilder()
                .setGitDir(workspace.root().resolve(".git").toFile())
                .setMustExist(true)
                .build();
    }
}
