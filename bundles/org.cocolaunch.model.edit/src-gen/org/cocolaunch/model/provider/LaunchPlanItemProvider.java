/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.ModelPackage;

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
 * This is the item provider adapter for a {@link org.cocolaunch.model.LaunchPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LaunchPlanItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LaunchPlanItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addVendorPropertyDescriptor(object);
			addVmTypePropertyDescriptor(object);
			addPresetPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_LaunchPlan_name_feature"), //$NON-NLS-1$
						getString("_UI_LaunchPlan_name_description"), //$NON-NLS-1$
						ModelPackage.Literals.LAUNCH_PLAN__NAME, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_PlanPropertyCategory"), //$NON-NLS-1$
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
						getResourceLocator(), getString("_UI_LaunchPlan_description_feature"), //$NON-NLS-1$
						getString("_UI_LaunchPlan_description_description"), //$NON-NLS-1$
						ModelPackage.Literals.LAUNCH_PLAN__DESCRIPTION, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_PlanPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vendor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVendorPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_LaunchPlan_vendor_feature"), //$NON-NLS-1$
						getString("_UI_LaunchPlan_vendor_description"), //$NON-NLS-1$
						ModelPackage.Literals.LAUNCH_PLAN__VENDOR, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_PlanPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vm Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVmTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_LaunchPlan_vmType_feature"), //$NON-NLS-1$
						getString("_UI_LaunchPlan_vmType_description"), //$NON-NLS-1$
						ModelPackage.Literals.LAUNCH_PLAN__VM_TYPE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_PlanPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Preset feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPresetPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_LaunchPlan_preset_feature"), //$NON-NLS-1$
						getString("_UI_LaunchPlan_preset_description"), //$NON-NLS-1$
						ModelPackage.Literals.LAUNCH_PLAN__PRESET, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_PlanPropertyCategory"), //$NON-NLS-1$
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
			childrenFeatures.add(ModelPackage.Literals.LAUNCH_PLAN__INPUTS);
			childrenFeatures.add(ModelPackage.Literals.LAUNCH_PLAN__MEMORY_REGIONS);
			childrenFeatures.add(ModelPackage.Literals.LAUNCH_PLAN__VCPUS);
			childrenFeatures.add(ModelPackage.Literals.LAUNCH_PLAN__REGISTERS);
			childrenFeatures.add(ModelPackage.Literals.LAUNCH_PLAN__STEPS);
			childrenFeatures.add(ModelPackage.Literals.LAUNCH_PLAN__HOST);
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
	 * This returns LaunchPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/LaunchPlan")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((LaunchPlan) object).getName();
		return label == null || label.length() == 0 ? getString("_UI_LaunchPlan_type") : //$NON-NLS-1$
				getString("_UI_LaunchPlan_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(LaunchPlan.class)) {
		case ModelPackage.LAUNCH_PLAN__NAME:
		case ModelPackage.LAUNCH_PLAN__DESCRIPTION:
		case ModelPackage.LAUNCH_PLAN__VENDOR:
		case ModelPackage.LAUNCH_PLAN__VM_TYPE:
		case ModelPackage.LAUNCH_PLAN__PRESET:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case ModelPackage.LAUNCH_PLAN__INPUTS:
		case ModelPackage.LAUNCH_PLAN__MEMORY_REGIONS:
		case ModelPackage.LAUNCH_PLAN__VCPUS:
		case ModelPackage.LAUNCH_PLAN__REGISTERS:
		case ModelPackage.LAUNCH_PLAN__STEPS:
		case ModelPackage.LAUNCH_PLAN__HOST:
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

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__INPUTS,
				ModelFactory.eINSTANCE.createLaunchInput()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__MEMORY_REGIONS,
				ModelFactory.eINSTANCE.createGuestMemoryRegion()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__VCPUS,
				ModelFactory.eINSTANCE.createVcpuState()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__REGISTERS,
				ModelFactory.eINSTANCE.createMeasurementRegister()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__STEPS, ModelFactory.eINSTANCE.createStep()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createLaunchPlan()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createLaunchInput()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST, ModelFactory.eINSTANCE.createStep()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createExpectedOutcome()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createGuestMemoryRegion()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createPageRange()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createContentSource()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createVcpuState()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createMeasurementRegister()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createRegisterUpdate()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createLaunchTrace()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createStepResult()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createRegisterValue()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createKvmCreateVm()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createKvmInitVm()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createKvmSetMemoryRegion()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createKvmCreateVcpu()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST, ModelFactory.eINSTANCE.createKvmRun()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST, ModelFactory.eINSTANCE.createKvmExit()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createGenericParameters()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.LAUNCH_PLAN__HOST,
				ModelFactory.eINSTANCE.createParameter()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify = childFeature == ModelPackage.Literals.LAUNCH_PLAN__INPUTS
				|| childFeature == ModelPackage.Literals.LAUNCH_PLAN__HOST
				|| childFeature == ModelPackage.Literals.LAUNCH_PLAN__MEMORY_REGIONS
				|| childFeature == ModelPackage.Literals.LAUNCH_PLAN__VCPUS
				|| childFeature == ModelPackage.Literals.LAUNCH_PLAN__REGISTERS
				|| childFeature == ModelPackage.Literals.LAUNCH_PLAN__STEPS;

		if (qualify) {
			return getString("_UI_CreateChild_text2", //$NON-NLS-1$
					new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
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
