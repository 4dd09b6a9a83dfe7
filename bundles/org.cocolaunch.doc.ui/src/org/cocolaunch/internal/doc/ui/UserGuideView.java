/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The user guide inside the workbench: the table of contents that {@code org.cocolaunch.doc} contributes to the
 * Eclipse help system on the left, the selected topic on the right. The product has no help web server, so this view
 * stands in for Help Contents; the toc is read in a Job.
 */
public class UserGuideView extends ViewPart {

	public static final String ID = "org.cocolaunch.doc.ui.views.userGuide";

	/** Widget id of the table of contents for tests. */
	public static final String TOC_TEST_ID = "userGuide.toc";

	private TreeViewer tocViewer;
	private TopicPane topic;

	/** Width from which the toc and the topic stand side by side. */
	private static final int WIDE = 760;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		tocViewer = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER);
		tocViewer.getTree().setData("test.id", TOC_TEST_ID);
		tocViewer.setContentProvider(new TocContent());
		tocViewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof IHelpResource r ? r.getLabel() : "";
			}
		});
		tocViewer.addSelectionChangedListener(e -> {
			Object selected = e.getStructuredSelection().getFirstElement();
			String href = selected instanceof IToc toc ? toc.getTopic(null).getHref()
					: selected instanceof ITopic t ? t.getHref() : null;
			if (href != null) {
				showHref(href);
			}
		});
		topic = new TopicPane(sash);
		sash.setWeights(26, 74);
		// In the narrow column on the right of the perspective the table of contents goes above the topic, so neither
		// is squeezed; maximised or in a wide stack they stand side by side.
		sash.addListener(SWT.Resize, e -> {
			boolean wide = sash.getClientArea().width >= WIDE;
			int orientation = wide ? SWT.HORIZONTAL : SWT.VERTICAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
				sash.setWeights(wide ? new int[] { 26, 74 } : new int[] { 30, 70 });
			}
		});
		loadToc();
	}

	private void loadToc() {
		Job.create("Reading the user guide", monitor -> {
			try {
				IToc toc = GuideTopics.toc();
				tocViewer.getControl().getDisplay().asyncExec(() -> {
					if (!tocViewer.getControl().isDisposed()) {
						// Not the toc itself: an input that is also an element makes the tree recurse without end.
						tocViewer.setInput(new Input(toc));
						tocViewer.expandAll();
						tocViewer.setSelection(new StructuredSelection(toc), true);
					}
				});
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error(e.getMessage(), e);
			}
		}).schedule();
	}

	/** Shows a topic by its help href (UI thread). */
	public void showHref(String href) {
		try {
			topic.show(GuideTopics.file(href));
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "User Guide", e.getMessage());
		}
	}

	/** The file of the topic shown last, or null. */
	public Path shownTopic() {
		return topic.shown();
	}

	/** What the reader sees of the topic (UI thread). */
	public String visibleTopicText() {
		return topic.visibleText();
	}

	/** Whether topics are shown in a browser widget (else as text). */
	public boolean usesBrowser() {
		return topic.usesBrowser();
	}

	public TreeViewer getTocViewer() {
		return tocViewer;
	}

	@Override
	public void setFocus() {
		tocViewer.getControl().setFocus();
	}

	/** The viewer's input: holds the toc, which is the tree's one root element. */
	private record Input(IToc toc) {
	}

	/** The toc as one root (its own topic: the overview) over its topics and their subtopics. */
	private static final class TocContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Input in ? new Object[] { in.toc() } : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof IToc toc) {
				return toc.getTopics();
			}
			return parent instanceof ITopic t ? t.getSubtopics() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
