/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Snp Policy Bit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Flag bits of the 64-bit SNP guest policy (kvm_sev_snp_launch_start.policy); the literal value is the bit number. Bits 7:0 hold ABI_MINOR and bits 15:8 ABI_MAJOR; bits 63:26 must be zero.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevPackage#getSnpPolicyBit()
 * @model
 * @generated
 */
public enum SnpPolicyBit implements Enumerator {
	/**
	 * The '<em><b>SMT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMT_VALUE
	 * @generated
	 * @ordered
	 */
	SMT(16, "SMT", "SMT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESERVED MBO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESERVED_MBO_VALUE
	 * @generated
	 * @ordered
	 */
	RESERVED_MBO(17, "RESERVED_MBO", "RESERVED_MBO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MIGRATE MA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATE_MA_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRATE_MA(18, "MIGRATE_MA", "MIGRATE_MA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEBUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBUG_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUG(19, "DEBUG", "DEBUG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SINGLE SOCKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_SOCKET_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_SOCKET(20, "SINGLE_SOCKET", "SINGLE_SOCKET"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CXL ALLOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CXL_ALLOW_VALUE
	 * @generated
	 * @ordered
	 */
	CXL_ALLOW(21, "CXL_ALLOW", "CXL_ALLOW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MEM AES 256 XTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEM_AES_256_XTS_VALUE
	 * @generated
	 * @ordered
	 */
	MEM_AES_256_XTS(22, "MEM_AES_256_XTS", "MEM_AES_256_XTS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RAPL DIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAPL_DIS_VALUE
	 * @generated
	 * @ordered
	 */
	RAPL_DIS(23, "RAPL_DIS", "RAPL_DIS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CIPHERTEXT HIDING DRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIPHERTEXT_HIDING_DRAM_VALUE
	 * @generated
	 * @ordered
	 */
	CIPHERTEXT_HIDING_DRAM(24, "CIPHERTEXT_HIDING_DRAM", "CIPHERTEXT_HIDING_DRAM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PAGE SWAP DISABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_SWAP_DISABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PAGE_SWAP_DISABLE(25, "PAGE_SWAP_DISABLE", "PAGE_SWAP_DISABLE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SMT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMT_VALUE = 16;

	/**
	 * The '<em><b>RESERVED MBO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESERVED_MBO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESERVED_MBO_VALUE = 17;

	/**
	 * The '<em><b>MIGRATE MA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATE_MA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIGRATE_MA_VALUE = 18;

	/**
	 * The '<em><b>DEBUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBUG_VALUE = 19;

	/**
	 * The '<em><b>SINGLE SOCKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_SOCKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_SOCKET_VALUE = 20;

	/**
	 * The '<em><b>CXL ALLOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CXL_ALLOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CXL_ALLOW_VALUE = 21;

	/**
	 * The '<em><b>MEM AES 256 XTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEM_AES_256_XTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEM_AES_256_XTS_VALUE = 22;

	/**
	 * The '<em><b>RAPL DIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAPL_DIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RAPL_DIS_VALUE = 23;

	/**
	 * The '<em><b>CIPHERTEXT HIDING DRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIPHERTEXT_HIDING_DRAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIPHERTEXT_HIDING_DRAM_VALUE = 24;

	/**
	 * The '<em><b>PAGE SWAP DISABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_SWAP_DISABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAGE_SWAP_DISABLE_VALUE = 25;

	/**
	 * An array of all the '<em><b>Snp Policy Bit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SnpPolicyBit[] VALUES_ARRAY = new SnpPolicyBit[] { SMT, RESERVED_MBO, MIGRATE_MA, DEBUG,
			SINGLE_SOCKET, CXL_ALLOW, MEM_AES_256_XTS, RAPL_DIS, CIPHERTEXT_HIDING_DRAM, PAGE_SWAP_DISABLE, };

	/**
	 * A public read-only list of all the '<em><b>Snp Policy Bit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SnpPolicyBit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Snp Policy Bit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SnpPolicyBit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SnpPolicyBit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Snp Policy Bit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SnpPolicyBit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SnpPolicyBit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Snp Policy Bit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SnpPolicyBit get(int value) {
		switch (value) {
		case SMT_VALUE:
			return SMT;
		case RESERVED_MBO_VALUE:
			return RESERVED_MBO;
		case MIGRATE_MA_VALUE:
			return MIGRATE_MA;
		case DEBUG_VALUE:
			return DEBUG;
		case SINGLE_SOCKET_VALUE:
			return SINGLE_SOCKET;
		case CXL_ALLOW_VALUE:
			return CXL_ALLOW;
		case MEM_AES_256_XTS_VALUE:
			return MEM_AES_256_XTS;
		case RAPL_DIS_VALUE:
			return RAPL_DIS;
		case CIPHERTEXT_HIDING_DRAM_VALUE:
			return CIPHERTEXT_HIDING_DRAM;
		case PAGE_SWAP_DISABLE_VALUE:
			return PAGE_SWAP_DISABLE;
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
	private SnpPolicyBit(int value, String name, String literal) {
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

} //SnpPolicyBit
