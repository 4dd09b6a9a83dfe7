/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.Parameter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Read-only Properties view source over the EMF.Edit item providers of any model (common or vendor), found through
 * the item provider registry. EMF's own UI adapter (emf.edit.ui) is not on Maven Central, hence this small bridge.
 * Contained objects (a step's parameter struct, a page range's content source) show as expandable nested rows.
 */
public final class EmfPropertySource implements IPropertySource {

	/** One shared factory: item providers are stateless views of the objects they adapt. */
	private static final AdapterFactory FACTORY = new ComposedAdapterFactory(new AdapterFactory[] {
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
			new ReflectiveItemProviderAdapterFactory() });

	private final EObject object;

	public EmfPropertySource(EObject object) {
		this.object = object;
	}

	/** Itself, so the Properties view expands nested sources and labels them with {@link #toString()}. */
	@Override
	public Object getEditableValue() {
		return this;
	}

	public EObject object() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		if (object instanceof GenericParameters generic) {
			// A vendor-neutral parameter bag reads best as its own name = value rows.
			for (Parameter p : generic.getEntries()) {
				result.add(new PropertyDescriptor(p, p.getName()));
			}
			return result.toArray(IPropertyDescriptor[]::new);
		}
		IItemPropertySource source = (IItemPropertySource) FACTORY.adapt(object, IItemPropertySource.class);
		if (source != null) {
			for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
				PropertyDescriptor descriptor = new PropertyDescriptor(d.getId(object), d.getDisplayName(object));
				descriptor.setCategory(d.getCategory(object));
				descriptor.setDescription(d.getDescription(object));
				result.add(descriptor);
			}
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			if (!reference.isMany() && object.eGet(reference) != null) {
				PropertyDescriptor descriptor = new PropertyDescriptor(reference, reference.getName());
				descriptor.setCategory("Contents");
				result.add(descriptor);
			}
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (id instanceof Parameter p) {
			return p.getValue();
		}
		if (id instanceof EReference reference) {
			return new EmfPropertySource((EObject) object.eGet(reference));
		}
		IItemPropertySource source = (IItemPropertySource) FACTORY.adapt(object, IItemPropertySource.class);
		IItemPropertyDescriptor d = source == null ? null : source.getPropertyDescriptor(object, id);
		if (d == null) {
			return null;
		}
		Object value = d.getPropertyValue(object);
		// Item providers wrap values so nested editors can adapt them; the Properties view only needs the text.
		if (value instanceof IItemPropertySource wrapper) {
			value = wrapper.getEditableValue(value);
		}
		return value == null ? "" : d.getLabelProvider(object).getText(value);
	}

	/** The Properties view prints a nested source with toString(): show the object's label. */
	@Override
	public String toString() {
		if (object instanceof GenericParameters generic) {
			return generic.getEntries().size() + " parameters";
		}
		IItemLabelProvider labels = (IItemLabelProvider) FACTORY.adapt(object, IItemLabelProvider.class);
		return labels == null ? object.eClass().getName() : labels.getText(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only: plans are edited in the plan editor, with undo
	}
}
