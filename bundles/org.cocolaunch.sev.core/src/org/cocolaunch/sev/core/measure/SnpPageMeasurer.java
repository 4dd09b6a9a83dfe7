/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cocolaunch.sev.core.plan.SnpPageKinds;

/**
 * Feeds page updates through the SNP launch digest in launch order. Hashing the page contents is independent per
 * page, so batches are split: a helper thread hashes the tail of a batch while the calling thread hashes the head,
 * chains it, and then chains the tail. The chain itself stays strictly ordered and single-threaded.
 * <p>
 * Not thread-safe; close it to stop the helper thread.
 */
public final class SnpPageMeasurer implements AutoCloseable {

	/** Pages per batch: 2 MiB of contents, enough to amortize the hand-off to the helper. */
	private static final int BATCH = 512;
	/**
	 * Share of a batch the calling thread hashes itself: it also runs the chain (2 SHA-384 blocks per page against
	 * 32 for the contents), so it takes a little less than half.
	 */
	private static final double CALLER_SHARE = 0.47;

	private final SnpLaunchDigest chain;
	private final List<PageTrace> trace;
	private final ExecutorService helper;
	private final MessageDigest callerSha = SnpLaunchDigest.newSha384();
	private final MessageDigest helperSha = SnpLaunchDigest.newSha384();
	private final PageUpdate[] batch = new PageUpdate[BATCH];
	private final byte[] digests = new byte[BATCH * SnpLaunchDigest.SIZE];
	private int count;
	private long pages;

	/**
	 * @param seed        initial launch digest, or {@code null} for 48 zero bytes
	 * @param parallelism 1 to hash on the calling thread only, 2 to use one helper thread
	 * @param keepTrace   whether to record a {@link PageTrace} per page
	 */
	public SnpPageMeasurer(byte[] seed, int parallelism, boolean keepTrace) {
		this.chain = seed == null ? new SnpLaunchDigest() : new SnpLaunchDigest(seed);
		this.trace = keepTrace ? new ArrayList<>() : null;
		this.helper = parallelism > 1 ? Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "snp-page-hasher");
			t.setDaemon(true);
			return t;
		}) : null;
	}

	/** Adds the next page in launch order. */
	public void accept(PageUpdate page) {
		batch[count++] = page;
		pages++;
		if (count == BATCH) {
			flush();
		}
	}

	/** Adds pages in order. */
	public void acceptAll(Iterable<PageUpdate> updates) {
		for (PageUpdate p : updates) {
			accept(p);
		}
	}

	/** Number of pages accepted so far. */
	public long pageCount() {
		return pages;
	}

	/** Measures everything accepted so far and returns the launch digest. */
	public byte[] digest() {
		flush();
		return chain.digest();
	}

	/** Per-page trace (empty unless enabled). */
	public List<PageTrace> trace() {
		flush();
		return trace == null ? List.of() : List.copyOf(trace);
	}

	private void flush() {
		int n = count;
		if (n == 0) {
			return;
		}
		if (helper == null || n < 8) {
			hashRange(callerSha, 0, n);
			chainRange(0, n);
		} else {
			int split = (int) (n * CALLER_SHARE);
			Future<?> tail = helper.submit(() -> hashRange(helperSha, split, n));
			hashRange(callerSha, 0, split);
			chainRange(0, split);
			await(tail);
			chainRange(split, n);
		}
		Arrays.fill(batch, 0, n, null);
		count = 0;
	}

	private void hashRange(MessageDigest sha, int from, int to) {
		for (int i = from; i < to; i++) {
			ByteBuffer c = batch[i].contents();
			if (c == null) {
				continue;
			}
			if (c.hasArray()) {
				sha.update(c.array(), c.arrayOffset() + c.position(), c.remaining());
			} else {
				sha.update(c.duplicate());
			}
			try {
				sha.digest(digests, i * SnpLaunchDigest.SIZE, SnpLaunchDigest.SIZE);
			} catch (DigestException e) {
				throw new IllegalStateException("SHA-384 output does not fit 48 bytes", e);
			}
		}
	}

	private void chainRange(int from, int to) {
		for (int i = from; i < to; i++) {
			PageUpdate p = batch[i];
			int off = i * SnpLaunchDigest.SIZE;
			chain.update(p.type(), p.gpa(), digests, off);
			if (trace != null) {
				byte[] contents = SnpPageKinds.measuresContents(p.type())
						? Arrays.copyOfRange(digests, off, off + SnpLaunchDigest.SIZE)
						: new byte[SnpLaunchDigest.SIZE];
				trace.add(new PageTrace(p.gpa(), p.type(), contents, chain.digest()));
			}
		}
	}

	private static void await(Future<?> f) {
		try {
			f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while hashing pages", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("page hashing failed", e.getCause());
		}
	}

	@Override
	public void close() {
		if (helper != null) {
			helper.shutdownNow();
		}
	}
}
