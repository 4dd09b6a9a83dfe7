/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Shows one guide topic: in a browser widget when this system has one (WebKitGTK on Linux), else as plain text made
 * from the HTML (read in a Job). {@code -Dcocolaunch.guide.text=true} forces the text form.
 */
final class TopicPane {

	/** Widget id for tests ({@code Control.getData("test.id")}). */
	static final String TEST_ID = "userGuide.topic";

	private final Browser browser;
	private final StyledText text;
	private Path shown;

	TopicPane(Composite parent) {
		Browser b = null;
		if (!Boolean.getBoolean("cocolaunch.guide.text")) {
			try {
				b = new Browser(parent, SWT.NONE);
			} catch (SWTError e) {
				b = null; // no browser on this system: the text form below
			}
		}
		browser = b;
		text = b != null ? null : new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		if (text != null) {
			text.setLeftMargin(8);
			text.setTopMargin(8);
		}
		control().setData("test.id", TEST_ID);
	}

	Control control() {
		return browser != null ? browser : text;
	}

	boolean usesBrowser() {
		return browser != null;
	}

	/** The file shown last. */
	Path shown() {
		return shown;
	}

	/** The text the reader sees (UI thread): the browser's rendered body, or the text form. */
	String visibleText() {
		if (browser != null) {
			Object body = browser.evaluate("return document.body ? document.body.innerText : '';");
			return body instanceof String s ? s : "";
		}
		return text.getText();
	}

	/** UI thread: shows the file of a topic. */
	void show(Path file) {
		shown = file;
		if (browser != null) {
			browser.setUrl(file.toUri().toString());
			return;
		}
		Job.create("Reading " + file.getFileName(), monitor -> {
			String rendered;
			try {
				rendered = HtmlText.toText(Files.readString(file, StandardCharsets.UTF_8));
			} catch (IOException e) {
				rendered = "Cannot read " + file + ": " + e.getMessage();
			}
			String result = rendered;
			text.getDisplay().asyncExec(() -> {
				if (!text.isDisposed() && file.equals(shown)) {
					text.setText(result);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}
}
