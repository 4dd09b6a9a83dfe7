/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

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
 * This is the item provider adapter for a {@link org.cocolaunch.tdx.model.TdxInitMemRegion} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TdxInitMemRegionItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdxInitMemRegionItemProvider(AdapterFactory adapterFactory) {
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

			addSourceAddrPropertyDescriptor(object);
			addGpaPropertyDescriptor(object);
			addNrPagesPropertyDescriptor(object);
			addFlagsPropertyDescriptor(object);
			addMeasurePropertyDescriptor(object);
			addMeasureOrderPropertyDescriptor(object);
			addVcpuIndexPropertyDescriptor(object);
			addSectionIndexPropertyDescriptor(object);
			addSectionTypePropertyDescriptor(object);
			addSectionAttributesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Source Addr feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceAddrPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_sourceAddr_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_sourceAddr_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__SOURCE_ADDR, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_MemoryPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Gpa feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGpaPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_gpa_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_gpa_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__GPA, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_MemoryPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Nr Pages feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNrPagesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_nrPages_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_nrPages_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__NR_PAGES, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_MemoryPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Flags feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFlagsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_flags_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_flags_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__FLAGS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_MemoryPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Measure feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeasurePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_measure_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_measure_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__MEASURE, false, false, false,
						ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE, getString("_UI_MemoryPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Measure Order feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeasureOrderPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_measureOrder_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_measureOrder_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__MEASURE_ORDER, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_MemoryPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vcpu Index feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVcpuIndexPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_vcpuIndex_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_vcpuIndex_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__VCPU_INDEX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_MemoryPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Section Index feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSectionIndexPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_sectionIndex_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_sectionIndex_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__SECTION_INDEX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TDVFPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Section Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSectionTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_sectionType_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_sectionType_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__SECTION_TYPE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_TDVFPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Section Attributes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSectionAttributesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdxInitMemRegion_sectionAttributes_feature"), //$NON-NLS-1$
						getString("_UI_TdxInitMemRegion_sectionAttributes_description"), //$NON-NLS-1$
						TdxPackage.Literals.TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TDVFPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This returns TdxInitMemRegion.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TdxInitMemRegion")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		TdxInitMemRegion tdxInitMemRegion = (TdxInitMemRegion) object;
		return getString("_UI_TdxInitMemRegion_type") + " " + tdxInitMemRegion.getSourceAddr(); //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(TdxInitMemRegion.class)) {
		case TdxPackage.TDX_INIT_MEM_REGION__SOURCE_ADDR:
		case TdxPackage.TDX_INIT_MEM_REGION__GPA:
		case TdxPackage.TDX_INIT_MEM_REGION__NR_PAGES:
		case TdxPackage.TDX_INIT_MEM_REGION__FLAGS:
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE:
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE_ORDER:
		case TdxPackage.TDX_INIT_MEM_REGION__VCPU_INDEX:
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_INDEX:
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_TYPE:
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
