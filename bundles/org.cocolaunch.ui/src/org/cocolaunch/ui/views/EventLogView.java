/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.inspect.DecodedEventLog;
import org.cocolaunch.core.inspect.EventLogRequest;
import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.internal.ui.inspect.EventLogInputsDialog;
import org.cocolaunch.internal.ui.inspect.HexPane;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * A measured-boot event log (TDX: the CCEL log a TD reads from /sys/firmware/acpi/tables/data/CCEL) opened from a
 * file: events grouped by the register they extend, each decoded by the vendor engine
 * ({@link VendorEngine#decodeEventLog}); the registers the log replays to, beside a quote's or report's and beside
 * the values predicted from the launch inputs; the predicted events beside the logged ones with the first divergence
 * highlighted. A double-click shows an event's data as hex and text. Decoding runs in a Job.
 */
public class EventLogView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.eventLog";
	public static final String TREE_TEST_ID = "eventlog.tree";
	public static final String REGISTERS_TEST_ID = "eventlog.registers";
	public static final String VERDICT_TEST_ID = "eventlog.verdict";

	private Label verdict;
	private TableViewer registers;
	private TreeViewer tree;
	private EventLogRequest request;
	private DecodedEventLog shown;
	private Color divergenceColor;
	private Color matchColor;

	/** A register group of the tree. */
	record Group(String name, List<DecodedEventLog.Event> events) {
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(body);
		divergenceColor = new Color(255, 205, 205);
		matchColor = new Color(215, 240, 215);
		body.addDisposeListener(e -> {
			divergenceColor.dispose();
			matchColor.dispose();
		});
		verdict = new Label(body, SWT.WRAP);
		verdict.setData("test.id", VERDICT_TEST_ID);
		verdict.setText("Open a CCEL event log (/sys/firmware/acpi/tables/data/CCEL of a TD) with the toolbar button.");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(verdict);
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		registers = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
		registers.getTable().setData("test.id", REGISTERS_TEST_ID);
		registers.getTable().setHeaderVisible(true);
		registers.setContentProvider(ArrayContentProvider.getInstance());
		registerColumn("Register", 70, r -> r.name());
		registerColumn("Replayed from the log", 330, r -> r.replayed());
		registerColumn("Quote / report", 330, r -> r.evidence() == null ? "" : r.evidence()
				+ (r.evidence().equals(r.replayed()) ? "  \u2713" : "  \u2717"));
		registerColumn("Predicted", 330, r -> r.predicted() == null ? "" : r.predicted()
				+ (r.predicted().equals(r.replayed()) ? "  \u2713" : "  \u2717"));
		tree = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
		tree.getTree().setData("test.id", TREE_TEST_ID);
		tree.getTree().setHeaderVisible(true);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof Group g ? g.events().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Group g && !g.events().isEmpty();
			}
		});
		eventColumn("#", 110, g -> g.name() + " (" + g.events().size() + ")", e -> e.index() < 0 ? "-" : Integer.toString(e.index()));
		eventColumn("Type", 250, g -> "", DecodedEventLog.Event::type);
		eventColumn("Status", 150, g -> "", DecodedEventLog.Event::status);
		eventColumn("Description", 480, g -> "", DecodedEventLog.Event::description);
		eventColumn("Logged digest", 200, g -> "", e -> e.digest().isEmpty() ? "" : e.digest().substring(0, 24) + "\u2026");
		eventColumn("Predicted digest", 200, g -> "", e -> e.predicted().isEmpty() ? "" : e.predicted());
		sash.setWeights(1, 3);
		tree.addDoubleClickListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof DecodedEventLog.Event ev) {
				new EventDataDialog(getSite().getShell(), ev).open();
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(new Action("Open Event Log...") {
			@Override
			public void run() {
				String f = pick("Open a CCEL event log", "*.bin;CCEL*;*.log");
				if (f != null) {
					open(EventLogRequest.of(Path.of(f)));
				}
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(new Action("Compare with Quote or Report...") {
			@Override
			public void run() {
				if (request == null) {
					return;
				}
				String f = pick("Open the TD quote or TDREPORT of the same boot", "*.bin;*.dat;*.quote;*.report");
				if (f != null) {
					open(new EventLogRequest(request.log(), Path.of(f), request.firmware(), request.kernel(), request.initrd(),
							request.append(), request.memory()));
				}
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(new Action("Predict from Launch Inputs...") {
			@Override
			public void run() {
				if (request == null) {
					return;
				}
				EventLogInputsDialog d = new EventLogInputsDialog(getSite().getShell(), request);
				if (d.open() == Dialog.OK) {
					open(d.request());
				}
			}
		});
	}

	private String pick(String title, String filter) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { filter, "*" });
		return dialog.open();
	}

	private void registerColumn(String title, int width, java.util.function.Function<DecodedEventLog.Register, String> text) {
		TableViewerColumn c = new TableViewerColumn(registers, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DecodedEventLog.Register) element);
			}
		});
	}

	private void eventColumn(String title, int width, java.util.function.Function<Group, String> group,
			java.util.function.Function<DecodedEventLog.Event, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(tree, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Group g ? group.apply(g) : text.apply((DecodedEventLog.Event) element);
			}

			@Override
			public Color getBackground(Object element) {
				if (element instanceof DecodedEventLog.Event e && shown != null) {
					if (shown.firstDivergence() >= 0 && shown.events().get(shown.firstDivergence()) == e) {
						return divergenceColor;
					}
					if (e.status().startsWith("match")) {
						return matchColor;
					}
				}
				return null;
			}
		});
	}

	/** Decodes {@code r} in a Job (every registered vendor engine is asked), then shows it. */
	public void open(EventLogRequest r) {
		request = r;
		verdict.setText("Reading " + r.log() + "\u2026");
		verdict.setForeground(null);
		Job job = Job.create("Decoding event log " + r.log().getFileName(), (IProgressMonitor monitor) -> {
			DecodedEventLog result = null;
			String problem = null;
			try {
				for (VendorEngine engine : VendorEngines.registered().all()) {
					result = engine.decodeEventLog(r, monitor);
					if (result != null) {
						break;
					}
				}
				if (result == null) {
					problem = r.log().getFileName() + " is not an event log any installed vendor engine reads"
							+ " (TDX: a TCG2 crypto-agile CCEL log starting with the \"Spec ID Event03\" record)";
				}
			} catch (EvidenceFormatException e) {
				problem = e.getMessage();
			}
			DecodedEventLog decoded = result;
			String why = problem;
			if (!verdict.isDisposed()) {
				verdict.getDisplay().asyncExec(() -> show(decoded, why));
			}
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private void show(DecodedEventLog log, String problem) {
		if (verdict.isDisposed()) {
			return;
		}
		shown = log;
		if (log == null) {
			verdict.setText(problem);
			verdict.setForeground(verdict.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			registers.setInput(List.of());
			tree.setInput(List.of());
			return;
		}
		setContentDescription(log.format() + " \u2014 " + request.log());
		verdict.setText(log.verdict());
		boolean compared = request.evidence() != null || request.firmware() != null;
		verdict.setForeground(!compared ? null
				: verdict.getDisplay().getSystemColor(log.agrees() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		registers.setInput(log.registers());
		Map<String, List<DecodedEventLog.Event>> groups = new LinkedHashMap<>();
		for (DecodedEventLog.Register r : log.registers()) {
			groups.put(r.name(), new ArrayList<>());
		}
		for (DecodedEventLog.Event e : log.events()) {
			groups.computeIfAbsent(e.register().isEmpty() ? "not extended" : e.register(), k -> new ArrayList<>()).add(e);
		}
		List<Group> input = new ArrayList<>();
		groups.forEach((k, v) -> input.add(new Group(k, v)));
		tree.setInput(input);
		tree.expandAll();
		for (var c : tree.getTree().getColumns()) {
			if (c.getText().equals("Predicted digest")) {
				c.setWidth(request.firmware() == null ? 0 : 200);
			}
			if (c.getText().equals("Status")) {
				c.setWidth(request.firmware() == null ? 0 : 150);
			}
		}
		if (log.firstDivergence() >= 0) {
			tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(log.events().get(log.firstDivergence())), true);
		}
		verdict.getParent().layout();
	}

	/** The log shown, or null. */
	public DecodedEventLog shown() {
		return shown;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	/** Opens the event-data dialog a double-click opens (for tests and other callers). */
	public static final class EventDataDialogOpener {
		public int open(Shell shell, DecodedEventLog.Event event) {
			return new EventDataDialog(shell, event).open();
		}
	}

	/** An event's data as a hex dump and as text (ASCII and UTF-16LE). */
	static final class EventDataDialog extends Dialog {
		private final DecodedEventLog.Event event;

		EventDataDialog(Shell shell, DecodedEventLog.Event event) {
			super(shell);
			this.event = event;
			setShellStyle(getShellStyle() | SWT.RESIZE);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText((event.index() < 0 ? "Predicted " : "Event #" + event.index() + " ") + event.type() + " ("
					+ event.data().length + " bytes)");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite c = (Composite) super.createDialogArea(parent);
			Label d = new Label(c, SWT.WRAP);
			d.setText(event.description() + (event.digest().isEmpty() ? "" : "\nlogged SHA-384 " + event.digest())
					+ (event.predicted().isEmpty() ? "" : "\npredicted " + event.predicted()));
			GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(d);
			HexPane hex = new HexPane(c, "eventlog.data.hex");
			hex.setBytes(event.data(), List.of(), "");
			GridDataFactory.fillDefaults().grab(true, true).hint(760, 300).applyTo(hex.control());
			Text text = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			text.setData("test.id", "eventlog.data.text");
			byte[] b = event.data();
			StringBuilder ascii = new StringBuilder();
			for (byte x : b) {
				int ch = x & 0xFF;
				ascii.append(ch >= 0x20 && ch < 0x7F || ch == '\n' ? (char) ch : '.');
			}
			StringBuilder utf16 = new StringBuilder();
			for (char ch : new String(b, 0, b.length & ~1, StandardCharsets.UTF_16LE).toCharArray()) {
				utf16.append(ch >= 0x20 && ch < 0x7F ? ch : '.');
			}
			text.setText("ASCII: " + ascii + "\nUTF-16LE: " + utf16);
			GridDataFactory.fillDefaults().grab(true, false).hint(760, 90).applyTo(text);
			return c;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, OK, "Close", true);
		}
	}
}
