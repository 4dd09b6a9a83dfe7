/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.osgi.framework.Bundle;

/**
 * The user guide as the Eclipse help system knows it: the table of contents {@code org.cocolaunch.doc} contributes to
 * {@code org.eclipse.help.toc}, and the files its topics name.
 */
public final class GuideTopics {

	/** Help hrefs of topics are {@code /BUNDLE/PATH}; ours all start with this. */
	public static final String HREF_PREFIX = "/" + ExamplePlans.DOC_BUNDLE + "/";

	private GuideTopics() {
	}

	/** The user guide's toc from the help system's registry (parses every contributed toc: not on the UI thread). */
	public static IToc toc() throws IOException {
		for (IToc toc : HelpSystem.getTocs()) {
			if (toc.getHref() != null && toc.getHref().startsWith(HREF_PREFIX)) {
				return toc;
			}
		}
		throw new IOException("The user guide (" + HREF_PREFIX + "toc.xml) is not installed");
	}

	/** The file of a topic href such as {@code /org.cocolaunch.doc/guide/views.html#debug}. */
	public static Path file(String href) throws IOException {
		if (href == null || !href.startsWith("/")) {
			throw new IOException("Not a help topic: " + href);
		}
		String path = href.substring(1).replaceFirst("[#?].*$", "");
		int slash = path.indexOf('/');
		Bundle bundle = slash < 0 ? null : Platform.getBundle(path.substring(0, slash));
		URL entry = bundle == null ? null : bundle.getEntry(path.substring(slash + 1));
		if (entry == null) {
			throw new IOException("No help topic " + href);
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).toURI());
		} catch (URISyntaxException e) {
			throw new IOException("Cannot locate help topic " + href, e);
		}
	}
}
