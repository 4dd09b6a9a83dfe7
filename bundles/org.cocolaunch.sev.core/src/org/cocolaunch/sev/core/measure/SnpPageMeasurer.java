/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.cocolaunch.core.hash.Sha384EachChunk;
import org.cocolaunch.core.hash.Sha384Engine;
import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.core.io.ImageBytes;
import org.cocolaunch.core.io.ImageReadException;
import org.cocolaunch.sev.core.plan.SnpPageKinds;
import org.cocolaunch.sev.model.SnpPageType;

/**
 * Feeds page updates through the SNP launch digest in launch order. Hashing the page contents is independent per
 * page, so batches are split: a helper thread hashes the tail of a batch while the calling thread hashes the head,
 * chains it, and then chains the tail. Firmware images go through {@link #acceptImage}, which reads them a batch at a
 * time (a 1 GiB image is never in memory) and shares the batch out in small blocks. The chain itself stays strictly
 * ordered and single-threaded.
 * <p>
 * Not thread-safe; close it to stop the helper thread.
 */
public final class SnpPageMeasurer implements AutoCloseable {

	/** Pages per batch: 2 MiB of contents, enough to amortize the hand-off to the helper. */
	private static final int BATCH = 512;
	/** Image pages per batch of {@link #acceptImage}: 4 MiB read and hashed before the batch is chained. */
	private static final int IMAGE_BATCH = 1024;
	/** Image pages per block a thread takes at a time: 128 KiB per read. */
	private static final int BLOCK = 32;
	/**
	 * Share of a batch the calling thread hashes itself: it also runs the chain (2 SHA-384 blocks per page against
	 * 32 for the contents), so it takes a little less than half.
	 */
	private static final double CALLER_SHARE = 0.47;

	private final SnpLaunchDigest chain;
	private final List<PageTrace> trace;
	private final ExecutorService helper;
	private final Sha384EachChunk callerSha = Sha384Engines.jdk().newEachChunk();
	private final Sha384EachChunk helperSha = Sha384Engines.jdk().newEachChunk();
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

	/**
	 * Adds every 4 KiB page of {@code image} as a NORMAL page, the first at {@code gpa}, in order: the same as
	 * {@link #accept}ing {@link PageUpdate#normal} for each page, without a {@link PageUpdate} per page and with
	 * bounded memory. The image is taken {@value #IMAGE_BATCH} pages at a time; the calling thread and the helper take
	 * blocks of {@value #BLOCK} pages in turn (reading them, for an image read in place, and hashing them), and the
	 * calling thread chains each block as soon as it and those before it are hashed. A helper slowed by other load
	 * just takes fewer blocks.
	 *
	 * @throws IllegalArgumentException when the image size is not a multiple of 4096
	 * @throws org.cocolaunch.core.io.ImageReadException when the image cannot be read
	 */
	public void acceptImage(ImageBytes image, long gpa) {
		// An image too large to hold in memory hashes long enough to repay loading OpenSSL (about 0.1 s with JNA),
		// whose SHA-384 is faster than the JDK's; a small one is done before that load would be.
		acceptImage(image, gpa, image.inMemory() ? Sha384Engines.jdk() : Sha384Engines.selected());
	}

	/** {@link #acceptImage(ImageBytes, long)} with the pages' contents hashed by {@code engine}. */
	public void acceptImage(ImageBytes image, long gpa, Sha384Engine engine) {
		if (image.size() % PageUpdate.PAGE_SIZE != 0) {
			throw new IllegalArgumentException("image size " + image.size() + " is not a multiple of 4096");
		}
		flush();
		long total = image.size() / PageUpdate.PAGE_SIZE;
		byte[] inMemory = image.inMemory() ? image.array() : null;
		BlockHasher caller = new BlockHasher(engine.newEachChunk(), inMemory != null);
		BlockHasher helping = new BlockHasher(engine.newEachChunk(), inMemory != null);
		byte[] pageDigests = new byte[IMAGE_BATCH * SnpLaunchDigest.SIZE];
		try (ImageBytes.Reader reader = image.reader()) {
			for (long first = 0; first < total; first += IMAGE_BATCH) {
				int n = (int) Math.min(IMAGE_BATCH, total - first);
				ImageBatch batch = new ImageBatch(reader, first, gpa, n, inMemory, pageDigests);
				Future<?> helped = helper == null || n < 2 * BLOCK ? null : helper.submit(() -> batch.hash(helping, false));
				batch.hash(caller, true);
				if (helped != null) {
					await(helped);
				}
				batch.chainDone();
				pages += n;
			}
		}
	}

	/**
	 * One thread's page hashing: its digester and, for an image read in place, a direct buffer of one block that the
	 * file is read into (no copy on the Java side) and that OpenSSL hashes where it lies.
	 */
	private record BlockHasher(Sha384EachChunk pages, ByteBuffer block) {
		BlockHasher(Sha384EachChunk pages, boolean inMemory) {
			this(pages, inMemory ? null : ByteBuffer.allocateDirect(BLOCK * PageUpdate.PAGE_SIZE));
		}
	}

	/**
	 * One batch of image pages: blocks are handed out in order to whichever thread asks next; each thread reads (unless
	 * the image is in memory) and hashes its block, the calling thread also chains the finished ones in order.
	 */
	private final class ImageBatch {
		private final ImageBytes.Reader reader;
		private final long firstPage;
		private final long imageGpa;
		private final int count;
		private final byte[] inMemory;
		private final byte[] pageDigests;
		private final AtomicInteger nextBlock = new AtomicInteger();
		private final AtomicIntegerArray hashed;
		private int chained;

		ImageBatch(ImageBytes.Reader reader, long firstPage, long imageGpa, int count, byte[] inMemory,
				byte[] pageDigests) {
			this.reader = reader;
			this.firstPage = firstPage;
			this.imageGpa = imageGpa;
			this.count = count;
			this.inMemory = inMemory;
			this.pageDigests = pageDigests;
			this.hashed = new AtomicIntegerArray((count + BLOCK - 1) / BLOCK);
		}

		/** Hashes blocks until none is left; the calling thread ({@code chains}) chains after each of its blocks. */
		void hash(BlockHasher hasher, boolean chains) {
			for (int b = nextBlock.getAndIncrement(); b < hashed.length(); b = nextBlock.getAndIncrement()) {
				int from = b * BLOCK;
				int to = Math.min(count, from + BLOCK);
				if (inMemory != null) {
					hasher.pages().digestEach(inMemory, (int) ((firstPage + from) * PageUpdate.PAGE_SIZE),
							PageUpdate.PAGE_SIZE, to - from, pageDigests, from * SnpLaunchDigest.SIZE);
				} else {
					ByteBuffer block = hasher.block().clear().limit((to - from) * PageUpdate.PAGE_SIZE);
					reader.read((firstPage + from) * PageUpdate.PAGE_SIZE, block);
					hasher.pages().digestEach(block.flip(), PageUpdate.PAGE_SIZE, to - from, pageDigests,
							from * SnpLaunchDigest.SIZE);
				}
				hashed.set(b, 1); // publishes the digests to the chaining thread
				if (chains) {
					chainDone();
				}
			}
		}

		/** Chains the hashed blocks that follow the last chained one (calling thread only). */
		void chainDone() {
			while (chained < hashed.length() && hashed.get(chained) == 1) {
				int from = chained * BLOCK;
				int to = Math.min(count, from + BLOCK);
				for (int i = from; i < to; i++) {
					chainOne(SnpPageType.NORMAL, imageGpa + (firstPage + i) * PageUpdate.PAGE_SIZE, pageDigests,
							i * SnpLaunchDigest.SIZE);
				}
				chained++;
			}
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

	private void hashRange(Sha384EachChunk sha, int from, int to) {
		for (int i = from; i < to; i++) {
			ByteBuffer c = batch[i].contents();
			if (c != null) {
				sha.digestEach(c, c.remaining(), 1, digests, i * SnpLaunchDigest.SIZE);
			}
		}
	}

	private void chainRange(int from, int to) {
		for (int i = from; i < to; i++) {
			PageUpdate p = batch[i];
			chainOne(p.type(), p.gpa(), digests, i * SnpLaunchDigest.SIZE);
		}
	}

	private void chainOne(SnpPageType type, long gpa, byte[] contentDigests, int off) {
		chain.update(type, gpa, contentDigests, off);
		if (trace != null) {
			byte[] contents = SnpPageKinds.measuresContents(type)
					? Arrays.copyOfRange(contentDigests, off, off + SnpLaunchDigest.SIZE)
					: new byte[SnpLaunchDigest.SIZE];
			trace.add(new PageTrace(gpa, type, contents, chain.digest()));
		}
	}

	private static void await(Future<?> f) {
		try {
			f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while hashing pages", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ImageReadException unreadable) {
				throw unreadable; // the helper could not read its block of the image: the same error as the caller's
			}
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
