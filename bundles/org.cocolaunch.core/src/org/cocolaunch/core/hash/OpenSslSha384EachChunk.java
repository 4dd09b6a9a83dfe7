/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * {@link Sha384EachChunk} with OpenSSL's one-shot EVP_Digest: each chunk is hashed in place by one JNA call (a 4 KiB
 * page's call costs about a sixth of its hash), in a direct buffer as given, or after one memory copy of the array's
 * chunks into a native buffer (a direct {@link ByteBuffer} view, no JNI); the digests come back in one copy.
 */
final class OpenSslSha384EachChunk implements Sha384EachChunk {

	private final Pointer md;
	private Memory input;
	private ByteBuffer inputView;
	private Memory digests;

	OpenSslSha384EachChunk(Pointer md) {
		this.md = md;
	}

	@Override
	public void digestEach(byte[] data, int offset, int chunk, int count, byte[] out, int outOffset) {
		if (count <= 0) {
			return;
		}
		long bytes = (long) chunk * count;
		if (input == null || input.size() < bytes) {
			input = new Memory(Math.max(bytes, 1)); // JNA allocates no empty block; chunks may be empty
			inputView = input.getByteBuffer(0, input.size());
		}
		inputView.put(0, data, offset, (int) bytes);
		digestNative(input, chunk, count, out, outOffset);
	}

	@Override
	public void digestEach(ByteBuffer data, int chunk, int count, byte[] out, int outOffset) {
		if (data.hasArray()) {
			digestEach(data.array(), data.arrayOffset() + data.position(), chunk, count, out, outOffset);
			return;
		}
		if (!data.isDirect()) { // a read-only heap buffer: no array to hand over
			byte[] copy = new byte[chunk * count];
			data.get(data.position(), copy);
			digestEach(copy, 0, chunk, count, out, outOffset);
			return;
		}
		if (count <= 0) {
			return;
		}
		if ((long) chunk * count > data.remaining()) {
			throw new IndexOutOfBoundsException(count + " chunks of " + chunk + " bytes, " + data.remaining() + " left");
		}
		try {
			digestNative(Native.getDirectBufferPointer(data).share(data.position()), chunk, count, out, outOffset);
		} finally {
			Reference.reachabilityFence(data); // the buffer's memory must outlive the calls
		}
	}

	private void digestNative(Pointer chunks, int chunk, int count, byte[] out, int outOffset) {
		if (digests == null || digests.size() < (long) count * LENGTH) {
			digests = new Memory((long) count * LENGTH);
		}
		for (int i = 0; i < count; i++) {
			if (LibCrypto.EVP_Digest(chunks.share((long) i * chunk), chunk, digests.share((long) i * LENGTH), null, md,
					null) != 1) {
				throw new IllegalStateException("EVP_Digest failed");
			}
		}
		digests.read(0, out, outOffset, count * LENGTH);
	}
}
