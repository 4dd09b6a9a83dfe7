/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.StepResult;

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
 * This is the item provider adapter for a {@link org.cocolaunch.model.StepResult} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StepResultItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepResultItemProvider(AdapterFactory adapterFactory) {
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

			addStepIndexPropertyDescriptor(object);
			addCommandPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addReturnValuePropertyDescriptor(object);
			addErrnoPropertyDescriptor(object);
			addFirmwareErrorPropertyDescriptor(object);
			addFirmwareErrorNamePropertyDescriptor(object);
			addMessagePropertyDescriptor(object);
			addDurationNanosPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Step Index feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStepIndexPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_stepIndex_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_stepIndex_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__STEP_INDEX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Command feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommandPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_command_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_command_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__COMMAND, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_status_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_status_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__STATUS, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Return Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReturnValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_returnValue_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_returnValue_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__RETURN_VALUE, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Errno feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addErrnoPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_errno_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_errno_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__ERRNO, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Firmware Error feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirmwareErrorPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_firmwareError_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_firmwareError_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__FIRMWARE_ERROR, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Firmware Error Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirmwareErrorNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_firmwareErrorName_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_firmwareErrorName_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__FIRMWARE_ERROR_NAME, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Message feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMessagePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_message_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_message_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__MESSAGE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Duration Nanos feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationNanosPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_StepResult_durationNanos_feature"), //$NON-NLS-1$
						getString("_UI_StepResult_durationNanos_description"), //$NON-NLS-1$
						ModelPackage.Literals.STEP_RESULT__DURATION_NANOS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_ResultPropertyCategory"), //$NON-NLS-1$
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
			childrenFeatures.add(ModelPackage.Literals.STEP_RESULT__REGISTERS);
			childrenFeatures.add(ModelPackage.Literals.STEP_RESULT__CHANGED_PAGES);
			childrenFeatures.add(ModelPackage.Literals.STEP_RESULT__VCPUS);
			childrenFeatures.add(ModelPackage.Literals.STEP_RESULT__EXITS);
			childrenFeatures.add(ModelPackage.Literals.STEP_RESULT__DETAILS);
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
	 * This returns StepResult.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/StepResult")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((StepResult) object).getFirmwareErrorName();
		return label == null || label.length() == 0 ? getString("_UI_StepResult_type") : //$NON-NLS-1$
				getString("_UI_StepResult_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(StepResult.class)) {
		case ModelPackage.STEP_RESULT__STEP_INDEX:
		case ModelPackage.STEP_RESULT__COMMAND:
		case ModelPackage.STEP_RESULT__STATUS:
		case ModelPackage.STEP_RESULT__RETURN_VALUE:
		case ModelPackage.STEP_RESULT__ERRNO:
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR:
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR_NAME:
		case ModelPackage.STEP_RESULT__MESSAGE:
		case ModelPackage.STEP_RESULT__DURATION_NANOS:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case ModelPackage.STEP_RESULT__REGISTERS:
		case ModelPackage.STEP_RESULT__CHANGED_PAGES:
		case ModelPackage.STEP_RESULT__VCPUS:
		case ModelPackage.STEP_RESULT__EXITS:
		case ModelPackage.STEP_RESULT__DETAILS:
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

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__REGISTERS,
				ModelFactory.eINSTANCE.createRegisterValue()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__CHANGED_PAGES,
				ModelFactory.eINSTANCE.createPageRange()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__VCPUS,
				ModelFactory.eINSTANCE.createVcpuState()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.STEP_RESULT__EXITS, ModelFactory.eINSTANCE.createKvmExit()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createLaunchPlan()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createLaunchInput()));

		newChildDescriptors.add(
				createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS, ModelFactory.eINSTANCE.createStep()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createExpectedOutcome()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createGuestMemoryRegion()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createPageRange()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createContentSource()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createVcpuState()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createMeasurementRegister()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createRegisterUpdate()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createLaunchTrace()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createStepResult()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createRegisterValue()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createKvmCreateVm()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createKvmInitVm()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createKvmSetMemoryRegion()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createKvmCreateVcpu()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createKvmRun()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createKvmExit()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
				ModelFactory.eINSTANCE.createGenericParameters()));

		newChildDescriptors.add(createChildParameter(ModelPackage.Literals.STEP_RESULT__DETAILS,
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

		boolean qualify = childFeature == ModelPackage.Literals.STEP_RESULT__REGISTERS
				|| childFeature == ModelPackage.Literals.STEP_RESULT__DETAILS
				|| childFeature == ModelPackage.Literals.STEP_RESULT__CHANGED_PAGES
				|| childFeature == ModelPackage.Literals.STEP_RESULT__VCPUS
				|| childFeature == ModelPackage.Literals.STEP_RESULT__EXITS;

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
