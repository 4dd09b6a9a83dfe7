/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure Order</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Order of TDH.MEM.PAGE.ADD and TDH.MR.EXTEND inside one KVM_TDX_INIT_MEM_REGION; MRTD depends on it.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage#getMeasureOrder()
 * @model
 * @generated
 */
public enum MeasureOrder implements Enumerator {
	/**
	 * The '<em><b>PER PAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upstream KVM: each page is added, then its 16 chunks are extended.
	 * <!-- end-model-doc -->
	 * @see #PER_PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	PER_PAGE(0, "PER_PAGE", "PER_PAGE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AFTER REGION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QEMU 8.x TDX development trees: every page of the region is added, then every chunk is extended.
	 * <!-- end-model-doc -->
	 * @see #AFTER_REGION_VALUE
	 * @generated
	 * @ordered
	 */
	AFTER_REGION(1, "AFTER_REGION", "AFTER_REGION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PER PAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upstream KVM: each page is added, then its 16 chunks are extended.
	 * <!-- end-model-doc -->
	 * @see #PER_PAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_PAGE_VALUE = 0;

	/**
	 * The '<em><b>AFTER REGION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QEMU 8.x TDX development trees: every page of the region is added, then every chunk is extended.
	 * <!-- end-model-doc -->
	 * @see #AFTER_REGION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AFTER_REGION_VALUE = 1;

	/**
	 * An array of all the '<em><b>Measure Order</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasureOrder[] VALUES_ARRAY = new MeasureOrder[] { PER_PAGE, AFTER_REGION, };

	/**
	 * A public read-only list of all the '<em><b>Measure Order</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasureOrder> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure Order</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureOrder get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureOrder result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Order</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureOrder getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureOrder result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Order</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureOrder get(int value) {
		switch (value) {
		case PER_PAGE_VALUE:
			return PER_PAGE;
		case AFTER_REGION_VALUE:
			return AFTER_REGION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MeasureOrder(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
		return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}

} //MeasureOrder
