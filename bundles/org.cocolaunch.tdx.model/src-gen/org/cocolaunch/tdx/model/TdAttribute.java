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
 * A representation of the literals of the enumeration '<em><b>Td Attribute</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Named bits of the TD ATTRIBUTES field (TD_PARAMS offset 0); the literal value is the bit position.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdAttribute()
 * @model
 * @generated
 */
public enum TdAttribute implements Enumerator {
	/**
	 * The '<em><b>DEBUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debug TD: the host may read and write the TD's private state.
	 * <!-- end-model-doc -->
	 * @see #DEBUG_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUG(0, "DEBUG", "DEBUG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Linear address space separation (newer TDX modules).
	 * <!-- end-model-doc -->
	 * @see #LASS_VALUE
	 * @generated
	 * @ordered
	 */
	LASS(27, "LASS", "LASS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEPT VE DISABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disable #VE on pending S-EPT entries (QEMU default).
	 * <!-- end-model-doc -->
	 * @see #SEPT_VE_DISABLE_VALUE
	 * @generated
	 * @ordered
	 */
	SEPT_VE_DISABLE(28, "SEPT_VE_DISABLE", "SEPT_VE_DISABLE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MIGRATABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TD can be migrated.
	 * <!-- end-model-doc -->
	 * @see #MIGRATABLE_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRATABLE(29, "MIGRATABLE", "MIGRATABLE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supervisor protection keys.
	 * <!-- end-model-doc -->
	 * @see #PKS_VALUE
	 * @generated
	 * @ordered
	 */
	PKS(30, "PKS", "PKS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key Locker.
	 * <!-- end-model-doc -->
	 * @see #KL_VALUE
	 * @generated
	 * @ordered
	 */
	KL(31, "KL", "KL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PERFMON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TD may use the performance monitoring counters.
	 * <!-- end-model-doc -->
	 * @see #PERFMON_VALUE
	 * @generated
	 * @ordered
	 */
	PERFMON(63, "PERFMON", "PERFMON"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEBUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debug TD: the host may read and write the TD's private state.
	 * <!-- end-model-doc -->
	 * @see #DEBUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBUG_VALUE = 0;

	/**
	 * The '<em><b>LASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Linear address space separation (newer TDX modules).
	 * <!-- end-model-doc -->
	 * @see #LASS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LASS_VALUE = 27;

	/**
	 * The '<em><b>SEPT VE DISABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disable #VE on pending S-EPT entries (QEMU default).
	 * <!-- end-model-doc -->
	 * @see #SEPT_VE_DISABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEPT_VE_DISABLE_VALUE = 28;

	/**
	 * The '<em><b>MIGRATABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TD can be migrated.
	 * <!-- end-model-doc -->
	 * @see #MIGRATABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIGRATABLE_VALUE = 29;

	/**
	 * The '<em><b>PKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supervisor protection keys.
	 * <!-- end-model-doc -->
	 * @see #PKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PKS_VALUE = 30;

	/**
	 * The '<em><b>KL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key Locker.
	 * <!-- end-model-doc -->
	 * @see #KL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KL_VALUE = 31;

	/**
	 * The '<em><b>PERFMON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TD may use the performance monitoring counters.
	 * <!-- end-model-doc -->
	 * @see #PERFMON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERFMON_VALUE = 63;

	/**
	 * An array of all the '<em><b>Td Attribute</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TdAttribute[] VALUES_ARRAY = new TdAttribute[] { DEBUG, LASS, SEPT_VE_DISABLE, MIGRATABLE, PKS,
			KL, PERFMON, };

	/**
	 * A public read-only list of all the '<em><b>Td Attribute</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TdAttribute> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Td Attribute</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdAttribute get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdAttribute result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Td Attribute</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdAttribute getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TdAttribute result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Td Attribute</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TdAttribute get(int value) {
		switch (value) {
		case DEBUG_VALUE:
			return DEBUG;
		case LASS_VALUE:
			return LASS;
		case SEPT_VE_DISABLE_VALUE:
			return SEPT_VE_DISABLE;
		case MIGRATABLE_VALUE:
			return MIGRATABLE;
		case PKS_VALUE:
			return PKS;
		case KL_VALUE:
			return KL;
		case PERFMON_VALUE:
			return PERFMON;
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
	private TdAttribute(int value, String name, String literal) {
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

} //TdAttribute
