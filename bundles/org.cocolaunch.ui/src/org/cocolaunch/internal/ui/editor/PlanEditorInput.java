/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.editor;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A launch plan file (*.cclaunch) opened in the plan editor; the RCP product has no workspace, so a plain path. */
public final class PlanEditorInput implements IEditorInput {

	private final Path path;

	public PlanEditorInput(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	public Path path() {
		return path;
	}

	@Override
	public boolean exists() {
		return path.toFile().isFile();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return path.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return path.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PlanEditorInput other && other.path.equals(path);
	}

	@Override
	public int hashCode() {
		return path.hashCode();
	}
}
