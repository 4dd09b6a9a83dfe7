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
 * A representation of the literals of the enumeration '<em><b>Vcpu Td State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * KVM's view of a TD vCPU (VCPU_TD_STATE_*).
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage#getVcpuTdState()
 * @model
 * @generated
 */
public enum VcpuTdState implements Enumerator {
	/**
	 * The '<em><b>UNINITIALIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created, KVM_TDX_INIT_VCPU not yet done.
	 * <!-- end-model-doc -->
	 * @see #UNINITIALIZED_VALUE
	 * @generated
	 * @ordered
	 */
	UNINITIALIZED(0, "UNINITIALIZED", "UNINITIALIZED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INITIALIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After KVM_TDX_INIT_VCPU (TDH.VP.INIT).
	 * <!-- end-model-doc -->
	 * @see #INITIALIZED_VALUE
	 * @generated
	 * @ordered
	 */
	INITIALIZED(1, "INITIALIZED", "INITIALIZED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNINITIALIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created, KVM_TDX_INIT_VCPU not yet done.
	 * <!-- end-model-doc -->
	 * @see #UNINITIALIZED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNINITIALIZED_VALUE = 0;

	/**
	 * The '<em><b>INITIALIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After KVM_TDX_INIT_VCPU (TDH.VP.INIT).
	 * <!-- end-model-doc -->
	 * @see #INITIALIZED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIALIZED_VALUE = 1;

	/**
	 * An array of all the '<em><b>Vcpu Td State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VcpuTdState[] VALUES_ARRAY = new VcpuTdState[] { UNINITIALIZED, INITIALIZED, };

	/**
	 * A public read-only list of all the '<em><b>Vcpu Td State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VcpuTdState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Vcpu Td State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VcpuTdState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VcpuTdState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vcpu Td State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VcpuTdState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VcpuTdState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vcpu Td State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VcpuTdState get(int value) {
		switch (value) {
		case UNINITIALIZED_VALUE:
			return UNINITIALIZED;
		case INITIALIZED_VALUE:
			return INITIALIZED;
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
	private VcpuTdState(int value, String name, String literal) {
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

} //VcpuTdState
