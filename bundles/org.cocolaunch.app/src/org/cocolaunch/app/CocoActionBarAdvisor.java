/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu and toolbar skeleton with the platform's standard ids and groups, in the order Eclipse users expect:
 * File, Edit, Run (the debug platform's menu, contributed at {@code additions}), Window, Help. The commands
 * themselves are contributed by plugin.xml files into these groups; the main toolbar gets the file commands here and
 * the platform's Debug toolbar (Resume, Terminate, Step Into/Over/Return, from the debug action set that the Launch
 * Debugging perspective shows) after {@code additions}.
 */
public class CocoActionBarAdvisor extends ActionBarAdvisor {

	/** The id of our own toolbar in the main toolbar; plugin.xml contributes Open Plan and Edit Plan to it. */
	public static final String FILE_TOOLBAR = "org.cocolaunch.app.toolbar.file";

	/** Group in the Window menu for views, above the perspective group. */
	public static final String WINDOW_VIEWS_GROUP = "views";
	public static final String WINDOW_PERSPECTIVE_GROUP = "perspective";
	public static final String HELP_ABOUT_GROUP = "aboutGroup";
	public static final String QUIT_GROUP = "quit";

	public CocoActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
		file.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(QUIT_GROUP));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		window.add(new GroupMarker(WINDOW_VIEWS_GROUP));
		window.add(new Separator(WINDOW_PERSPECTIVE_GROUP));
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator(HELP_ABOUT_GROUP));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(file);
		menuBar.add(edit);
		// The debug platform's Run menu (action sets with path "additions") lands here, between Edit and Window.
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		coolBar.add(new ToolBarContributionItem(new ToolBarManager(SWT.FLAT | SWT.RIGHT), FILE_TOOLBAR));
		// The platform's Launch and Debug toolbars are contributed "after=additions".
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
