/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.cocolaunch.model.LaunchConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An Intel TDX launch configuration with QEMU/KVM direct boot: what measure, explain, the plan builder and the debugger take.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdxLaunchConfig#getPageOrder <em>Page Order</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxLaunchConfig#getMemory <em>Memory</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxLaunchConfig()
 * @model
 * @generated
 */
public interface TdxLaunchConfig extends LaunchConfig {
	/**
	 * Returns the value of the '<em><b>Page Order</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.MeasureOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Order of PAGE.ADD and MR.EXTEND (PER_PAGE: upstream KVM, QEMU 9+; AFTER_REGION: QEMU 8.x TDX trees).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page Order</em>' attribute.
	 * @see org.cocolaunch.tdx.model.MeasureOrder
	 * @see #setPageOrder(MeasureOrder)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxLaunchConfig_PageOrder()
	 * @model
	 * @generated
	 */
	MeasureOrder getPageOrder();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxLaunchConfig#getPageOrder <em>Page Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Order</em>' attribute.
	 * @see org.cocolaunch.tdx.model.MeasureOrder
	 * @see #getPageOrder()
	 * @generated
	 */
	void setPageOrder(MeasureOrder value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * The default value is <code>"134217728"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest RAM in bytes (QEMU -m).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #setMemory(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxLaunchConfig_Memory()
	 * @model default="134217728"
	 * @generated
	 */
	long getMemory();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxLaunchConfig#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(long value);

} // TdxLaunchConfig
