/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.VcpuState;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cocolaunch.model.VcpuState} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VcpuStateItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VcpuStateItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIndexPropertyDescriptor(object);
			addApicIdPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Index feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndexPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_VcpuState_index_feature"), //$NON-NLS-1$
						getString("_UI_VcpuState_index_description"), //$NON-NLS-1$
						ModelPackage.Literals.VCPU_STATE__INDEX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_vCPUPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Apic Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApicIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_VcpuState_apicId_feature"), //$NON-NLS-1$
						getString("_UI_VcpuState_apicId_description"), //$NON-NLS-1$
						ModelPackage.Literals.VCPU_STATE__APIC_ID, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_vCPUPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_VcpuState_description_feature"), //$NON-NLS-1$
						getString("_UI_VcpuState_description_description"), //$NON-NLS-1$
						ModelPackage.Literals.VCPU_STATE__DESCRIPTION, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_vCPUPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.VCPU_STATE__STATE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns VcpuState.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/VcpuState")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		VcpuState vcpuState = (VcpuState) object;
		return getString("_UI_VcpuState_type") + " " + vcpuState.getIndex(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(VcpuState.class)) {
		case ModelPackage.VCPU_STATE__INDEX:
		case ModelPackage.VCPU_STATE__APIC_ID:
		case ModelPackage.VCPU_STATE__DESCRIPTION:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case ModelPackage.VCPU_STATE__STATE:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
			return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createLaunchPlan()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createLaunchInput()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE, ModelFactory.eINSTANCE.createStep()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createExpectedOutcome()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createGuestMemoryRegion()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createPageRange()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createContentSource()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createVcpuState()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createMeasurementRegister()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createRegisterUpdate()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createLaunchTrace()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createStepResult()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createRegisterValue()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createKvmCreateVm()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createKvmInitVm()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createKvmSetMemoryRegion()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createKvmCreateVcpu()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE, ModelFactory.eINSTANCE.createKvmRun()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE, ModelFactory.eINSTANCE.createKvmExit()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createGenericParameters()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.VCPU_STATE__STATE,
				ModelFactory.eINSTANCE.createParameter()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ((IChildCreationExtender) adapterFactory).getResourceLocator();
	}

}
